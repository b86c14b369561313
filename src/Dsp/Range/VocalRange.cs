namespace SingKing.Dsp.Range;

/// <summary>The lowest and highest notes a singer holds steadily, and what they say about the voice.</summary>
/// <param name="Lowest">The lowest stable note (by median frequency).</param>
/// <param name="Highest">The highest stable note (by median frequency).</param>
/// <param name="VoiceType">The voice type whose range fits best (rule: <see cref="VoiceTypes.Classify"/>).</param>
/// <param name="TessituraLowMidi">Lower end of the comfortable middle (MIDI note; see <see cref="Of"/>).</param>
/// <param name="TessituraHighMidi">Upper end of the comfortable middle (MIDI note).</param>
public sealed record VocalRange(StableNote Lowest, StableNote Highest, VoiceType VoiceType, int TessituraLowMidi, int TessituraHighMidi)
{
    // The comfortable middle leaves out this share of the voice at either end.
    private const double TessituraTrim = 0.2;

    /// <summary>Semitones from the lowest to the highest stable note.</summary>
    public int Semitones => Highest.MidiNote - Lowest.MidiNote;

    /// <summary>The same span in octaves.</summary>
    public double Octaves => Semitones / 12.0;

    /// <summary>
    /// The range of a set of stable notes, or null when there are none.
    /// </summary>
    /// <remarks>
    /// Tessitura, the comfortable middle: with three or more stable notes it is where the singer's held time
    /// clusters, from the 20th to the 80th percentile of the notes weighted by how long each was held (singers
    /// linger where singing is easy); with one or two notes there is no cluster to read, so it is the middle
    /// 60 % of the semitone span, each end moved inwards by ⌊0.2 × span⌋ semitones (E2–A4 gives A2–E4).
    /// </remarks>
    /// <param name="notes">Stable notes in any order.</param>
    public static VocalRange? Of(IReadOnlyList<StableNote> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        if (notes.Count == 0)
            return null;

        StableNote lowest = notes[0], highest = notes[0];
        foreach (var note in notes)
        {
            if (note.MedianHz < lowest.MedianHz) lowest = note;
            if (note.MedianHz > highest.MedianHz) highest = note;
        }

        int low, high;
        if (notes.Count >= 3)
        {
            (low, high) = HeldTimeCluster(notes);
        }
        else
        {
            int trim = (int)Math.Floor(TessituraTrim * (highest.MidiNote - lowest.MidiNote));
            (low, high) = (lowest.MidiNote + trim, highest.MidiNote - trim);
        }

        return new VocalRange(lowest, highest, VoiceTypes.Classify(lowest.MidiNote, highest.MidiNote), low, high);
    }

    private static (int Low, int High) HeldTimeCluster(IReadOnlyList<StableNote> notes)
    {
        var byPitch = notes.OrderBy(n => n.MidiNote).ToArray();
        double total = byPitch.Sum(n => n.DurationSeconds);
        double tail = TessituraTrim * total;

        int low = byPitch[^1].MidiNote;
        double below = 0;
        foreach (var note in byPitch)
        {
            below += note.DurationSeconds;
            if (below >= tail - 1e-9) { low = note.MidiNote; break; }
        }

        int high = byPitch[0].MidiNote;
        double above = 0;
        for (int i = byPitch.Length - 1; i >= 0; i--)
        {
            above += byPitch[i].DurationSeconds;
            if (above >= tail - 1e-9) { high = byPitch[i].MidiNote; break; }
        }
        return (low, high);
    }
}
