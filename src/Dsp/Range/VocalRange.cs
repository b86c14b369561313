namespace SingKing.Dsp.Range;

/// <summary>The lowest and highest notes a singer holds steadily, and what they say about the voice.</summary>
/// <param name="Lowest">The lowest stable note.</param>
/// <param name="Highest">The highest stable note.</param>
/// <param name="VoiceType">The voice type whose range fits best.</param>
/// <param name="TessituraLowMidi">Lower end of the comfortable middle (MIDI note).</param>
/// <param name="TessituraHighMidi">Upper end of the comfortable middle (MIDI note).</param>
public sealed record VocalRange(StableNote Lowest, StableNote Highest, VoiceType VoiceType, int TessituraLowMidi, int TessituraHighMidi)
{
    /// <summary>Semitones from the lowest to the highest stable note.</summary>
    public int Semitones => Highest.MidiNote - Lowest.MidiNote;

    /// <summary>The same span in octaves.</summary>
    public double Octaves => Semitones / 12.0;
}
