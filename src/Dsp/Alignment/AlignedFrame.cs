namespace SingKing.Dsp.Alignment;

/// <summary>One pitch frame placed on the song: what the piano roll draws.</summary>
/// <param name="SongTimeSeconds">Song time of the frame in seconds, latency offset applied.</param>
/// <param name="NoteId">The note sounding then (<see cref="NoteAligner.Notes"/> index), or −1 between notes.</param>
/// <param name="SungMidi">Fractional MIDI pitch sung (69 = 440 Hz), or 0 when the frame is unvoiced.</param>
/// <param name="DrawnMidi">
/// <paramref name="SungMidi"/> moved by octaves to within ±6 semitones of the note, so the trace lies on the
/// note's bar; the sung pitch itself between notes, 0 when unvoiced.
/// </param>
/// <param name="Credit">Credit the frame earned for its note, in [0, 1]; 0 for freestyle notes and between notes.</param>
public readonly record struct AlignedFrame(double SongTimeSeconds, int NoteId, double SungMidi, double DrawnMidi, double Credit)
{
    /// <summary>Whether the frame carried a pitch.</summary>
    public bool IsVoiced => SungMidi > 0;

    /// <summary>Whether the frame hits its note: at least half credit (within the middle of the tolerance band).</summary>
    public bool IsHit => Credit >= 0.5;
}
