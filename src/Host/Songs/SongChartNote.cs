namespace SingKing.Host.Songs;

/// <summary>A note of a chart as the karaoke page draws it, timed in seconds from the start of the audio.</summary>
/// <param name="StartSeconds">When the note starts, in seconds.</param>
/// <param name="EndSeconds">When the note ends, in seconds.</param>
/// <param name="StartBeat">First beat, as in the chart.</param>
/// <param name="LengthBeats">Length in beats.</param>
/// <param name="Midi">MIDI number of the pitch (60 = C4); meaningless for rap and freestyle notes.</param>
/// <param name="Type">normal, golden, rap, goldenRap or freestyle.</param>
/// <param name="Text">The syllable as written (a leading space starts a word, <c>~</c> continues a syllable).</param>
public sealed record SongChartNote(double StartSeconds, double EndSeconds, int StartBeat, int LengthBeats, int Midi, string Type, string Text);
