namespace SingKing.Dsp.Alignment;

/// <summary>One point of a <see cref="SongClock"/>'s mapping: take sample <see cref="TakeSample"/> was captured at song time <see cref="SongSeconds"/>.</summary>
/// <param name="TakeSample">Index of the sample in the take's audio.</param>
/// <param name="SongSeconds">Song time, in seconds, at which it was captured.</param>
public readonly record struct SongClockMark(long TakeSample, double SongSeconds);
