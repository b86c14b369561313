namespace SingKing.Grains.Sessions;

/// <summary>A take is open and waits for chunk 0.</summary>
/// <param name="TakeId">Identifies the take; it names the take's folder on disk.</param>
/// <param name="SampleRate">Sample rate of the take's audio, in Hz.</param>
/// <param name="HopSeconds">Time between pitch frames, in seconds (0.010).</param>
[GenerateSerializer, Immutable]
public sealed record TakeStarted([property: Id(0)] string TakeId, [property: Id(1)] int SampleRate, [property: Id(2)] double HopSeconds);
