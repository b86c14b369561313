namespace SingKing.Grains.Timbre;

/// <summary>How likely one timbre is.</summary>
/// <param name="Label">The timbre.</param>
/// <param name="Probability">Its probability, 0–1 (all labels add up to 1).</param>
[GenerateSerializer, Immutable]
public sealed record TimbreProbability([property: Id(0)] string Label, [property: Id(1)] double Probability);
