namespace SingKing.Host.Timbre;

/// <summary>A singer's measured range, as MIDI note numbers (from the range diagnosis).</summary>
/// <param name="LowestMidi">Lowest note held steadily.</param>
/// <param name="HighestMidi">Highest note held steadily.</param>
public sealed record SingerRange(int LowestMidi, int HighestMidi);
