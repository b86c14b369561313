namespace SingKing.Dsp.Charts;

/// <summary>One syllable of a chart: when it is sung (in beats), at which pitch, and its text.</summary>
/// <param name="Type">How the note is sung and scored.</param>
/// <param name="StartBeat">First beat of the note, absolute (relative-mode files are already resolved).</param>
/// <param name="LengthBeats">Length in beats; the note ends at <see cref="EndBeat"/>.</param>
/// <param name="Pitch">Semitones relative to C4 (0 = C4 = MIDI 60, -2 = A#3). Meaningless for rap and freestyle notes.</param>
/// <param name="Text">
/// The syllable exactly as written, spaces included: a space at its start or end is a word boundary, and a
/// <c>~</c> continues the previous syllable on a new pitch.
/// </param>
public sealed record ChartNote(ChartNoteType Type, int StartBeat, int LengthBeats, int Pitch, string Text)
{
    /// <summary>The beat right after the note ends (<see cref="StartBeat"/> + <see cref="LengthBeats"/>).</summary>
    public int EndBeat => StartBeat + LengthBeats;

    /// <summary>MIDI note number of the pitch (60 = C4, 69 = A4).</summary>
    public int MidiNote => 60 + Pitch;

    /// <summary>Frequency of the pitch in Hz, equal temperament with A4 = 440 Hz.</summary>
    public double FrequencyHz => 440.0 * Math.Pow(2.0, (MidiNote - 69) / 12.0);

    /// <summary>Whether the singer is expected to hit <see cref="Pitch"/> (normal and golden notes).</summary>
    public bool HasPitch => Type is ChartNoteType.Normal or ChartNoteType.Golden;

    /// <summary>Whether the note is worth double (golden and golden rap notes).</summary>
    public bool IsGolden => Type is ChartNoteType.Golden or ChartNoteType.GoldenRap;

    /// <summary>Whether singing the note earns points at all (everything but freestyle).</summary>
    public bool IsScored => Type is not ChartNoteType.Freestyle;

    /// <summary>
    /// Whether the note holds on the previous syllable (its text starts with <c>~</c>, after any spaces),
    /// as when one syllable glides over several pitches.
    /// </summary>
    public bool IsContinuation => Text.TrimStart().StartsWith('~');
}
