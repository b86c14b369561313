namespace SingKing.Grains.Sessions;

/// <summary>A point where a take's song clock was corrected: take sample <paramref name="TakeSample"/> was captured at song time <paramref name="SongSeconds"/>.</summary>
/// <param name="TakeSample">Index of the sample in the take's audio.</param>
/// <param name="SongSeconds">Song time, in seconds.</param>
[GenerateSerializer, Immutable]
public sealed record SongClockCorrection([property: Id(0)] long TakeSample, [property: Id(1)] double SongSeconds);
