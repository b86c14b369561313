namespace SingKing.Dsp.Pitch;

/// <summary>
/// Equal-tempered note numbers and names with A4 = 440 Hz = MIDI 69, in scientific pitch notation with
/// sharps ("C#4"; middle C is C4 = MIDI 60).
/// </summary>
public static class NoteNames
{
    private static readonly string[] PitchClasses = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];

    /// <summary>Fractional MIDI pitch of <paramref name="frequencyHz"/> (69.0 = 440 Hz; one unit is a semitone).</summary>
    /// <param name="frequencyHz">A positive frequency in Hz.</param>
    public static double MidiPitch(double frequencyHz)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frequencyHz);
        return 69.0 + 12.0 * Math.Log2(frequencyHz / 440.0);
    }

    /// <summary>The nearest MIDI note to <paramref name="frequencyHz"/>; a pitch exactly between two notes goes up.</summary>
    /// <param name="frequencyHz">A positive frequency in Hz.</param>
    public static int NearestMidi(double frequencyHz) => (int)Math.Floor(MidiPitch(frequencyHz) + 0.5);

    /// <summary>Frequency in Hz of a (possibly fractional) MIDI pitch.</summary>
    public static double Hz(double midiPitch) => 440.0 * Math.Pow(2.0, (midiPitch - 69.0) / 12.0);

    /// <summary>Scientific pitch name of a MIDI note, with sharps: 40 → "E2", 61 → "C#4", 0 → "C-1".</summary>
    public static string Name(int midiNote)
    {
        int pitchClass = ((midiNote % 12) + 12) % 12;
        int octave = (int)Math.Floor(midiNote / 12.0) - 1;
        return PitchClasses[pitchClass] + octave.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Scientific pitch name of the note nearest to <paramref name="frequencyHz"/>.</summary>
    public static string NameOf(double frequencyHz) => Name(NearestMidi(frequencyHz));
}
