namespace SingKing.Grains.Takes;

/// <summary>One note the singer held steadily during a take.</summary>
/// <param name="Name">Scientific pitch name with sharps, e.g. "E2", "C#4".</param>
/// <param name="Hz">Median fundamental of the hold, in Hz, rounded to 0.1 Hz.</param>
/// <param name="StartSeconds">When the hold began, in seconds from the start of the take (to 1 ms).</param>
/// <param name="DurationSeconds">How long it was held, in seconds (to 1 ms).</param>
[GenerateSerializer, Immutable]
public sealed record TakeRangeNote(
    [property: Id(0)] string Name,
    [property: Id(1)] double Hz,
    [property: Id(2)] double StartSeconds,
    [property: Id(3)] double DurationSeconds);
