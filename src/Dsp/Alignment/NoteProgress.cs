namespace SingKing.Dsp.Alignment;

/// <summary>How far one chart note has been sung: what the page needs to colour it.</summary>
/// <param name="NoteId">Index of the note in the voice, in file order (<see cref="NoteAligner.Notes"/>).</param>
/// <param name="PhraseIndex">Index of the note's phrase (line of lyrics) in the voice.</param>
/// <param name="ExpectedFrames">Note duration divided by the frame hop: the frames a perfect singer fills.</param>
/// <param name="FramesSeen">Frames that fell within the note so far, voiced or not.</param>
/// <param name="VoicedFrames">Frames within the note that carried a pitch.</param>
/// <param name="CreditSum">Sum of the frames' credit, each in [0, 1].</param>
/// <param name="MeanCentsError">
/// Mean octave-folded error of the voiced frames in cents, positive when sharp; null for rap notes and
/// before any voiced frame.
/// </param>
/// <param name="Hit">Share of the note earned so far: <paramref name="CreditSum"/> / <paramref name="ExpectedFrames"/>, at most 1.</param>
/// <param name="IsFinal">Whether song time has passed the note's end, so it will not change again.</param>
public readonly record struct NoteProgress(
    int NoteId,
    int PhraseIndex,
    double ExpectedFrames,
    int FramesSeen,
    int VoicedFrames,
    double CreditSum,
    double? MeanCentsError,
    double Hit,
    bool IsFinal)
{
    /// <summary>
    /// Share of a note (<see cref="Hit"/>) from which it counts as hit: the singer was on it for well over half
    /// its length. Above one half so that a note sung a constant semitone off on Medium (half credit) is not hit.
    /// </summary>
    public const double HitShare = 0.6;

    /// <summary>Whether the note counts as hit: <see cref="Hit"/> at least <see cref="HitShare"/>.</summary>
    public bool IsHit => Hit >= HitShare;
}
