namespace SingKing.Grains.Timbre;

/// <summary>Which timbre a recording is closest to, and what the voice measures.</summary>
/// <param name="Label">The most probable timbre.</param>
/// <param name="Probabilities">Every label's probability, in the model's label order (the mean over the recording's patches).</param>
/// <param name="Descriptors">Brightness, breathiness, roughness and vibrato.</param>
/// <param name="Patches">How many 1.28 s MFCC patches were classified.</param>
[GenerateSerializer, Immutable]
public sealed record TimbreDiagnosis(
    [property: Id(0)] string Label,
    [property: Id(1)] IReadOnlyList<TimbreProbability> Probabilities,
    [property: Id(2)] TimbreDescriptors Descriptors,
    [property: Id(3)] int Patches);
