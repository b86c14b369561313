namespace SingKing.Dsp.Alignment;

/// <summary>
/// Compares a sung pitch with a note regardless of octave: charts often sit an octave away from where a
/// singer can sing, and singing a note an octave down is no fault (UltraStar Deluxe moves the sung tone by
/// octaves until it lies within ±6 semitones of the note; Performous takes the remainder modulo 12).
/// </summary>
public static class OctaveFolding
{
    /// <summary>
    /// Signed distance in semitones from <paramref name="noteMidi"/> to the octave of
    /// <paramref name="sungMidi"/> nearest to it, in [−6, 6): positive when sharp, negative when flat.
    /// </summary>
    /// <param name="sungMidi">Fractional MIDI pitch of the sung frame (69 = 440 Hz).</param>
    /// <param name="noteMidi">MIDI pitch of the note.</param>
    public static double Distance(double sungMidi, double noteMidi)
    {
        var difference = sungMidi - noteMidi;
        return difference - 12.0 * Math.Floor((difference + 6.0) / 12.0);
    }

    /// <summary>
    /// The sung pitch moved by whole octaves to within ±6 semitones of the note, in fractional MIDI: where
    /// the singer's trace is drawn on the note's bar.
    /// </summary>
    public static double Fold(double sungMidi, double noteMidi) => noteMidi + Distance(sungMidi, noteMidi);
}
