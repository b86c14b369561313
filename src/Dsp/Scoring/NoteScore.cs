using SingKing.Dsp.Charts;

namespace SingKing.Dsp.Scoring;

/// <summary>How one scored chart note was sung in a take.</summary>
/// <param name="NoteIndex">Index of the note in the voice, in file order (as <c>ChartVoice.Notes</c>; freestyle notes keep their index but are never listed).</param>
/// <param name="PhraseIndex">Index of the note's phrase in the voice.</param>
/// <param name="Note">The chart note.</param>
/// <param name="StartSeconds">Chart start of the note, song time in seconds.</param>
/// <param name="EndSeconds">Chart end of the note, song time in seconds.</param>
/// <param name="Matched">
/// Whether a sung segment was matched to the note: its own onset, or (<paramref name="OnsetInherited"/>) a voice
/// that carried on through it legato from the previous note.
/// </param>
/// <param name="OnsetInherited">
/// Whether the note had no onset of its own and took its timing from the previous note of the line, because the
/// voice was already sounding where it starts (a legato run, or a repeated pitch without articulation).
/// </param>
/// <param name="SungStartSeconds">Song time in seconds at which the singer started the note, after latency; null when missed.</param>
/// <param name="SungEndSeconds">Song time in seconds at which the singer left the note; null when missed.</param>
/// <param name="OnsetDeviationMs">Sung start − chart start in milliseconds: positive late, negative early; null when missed.</param>
/// <param name="EndDeviationMs">Sung end − chart end in milliseconds: positive held too long, negative cut short; null when missed.</param>
/// <param name="MeanCentsError">
/// Mean octave-folded pitch error in cents of the voiced frames of the note's body, positive sharp: its sung span
/// after the onset (the first 150 ms, at most a third of the note), so a scoop does not read as flatness. Null for
/// rap notes and when nothing was voiced there.
/// </param>
/// <param name="PitchCredit">
/// Share of the note earned by pitch, 0–1: the <see cref="Alignment.PitchTolerance"/> credit of each 10 ms frame of
/// the sung span, summed over the note's expected frames (for rap notes: the voiced share).
/// </param>
/// <param name="RhythmCredit">0–1: 0.7 × onset credit + 0.3 × end credit; 0 when missed.</param>
/// <param name="Credit">
/// What the note earns towards the total, 0–1: <paramref name="PitchCredit"/> × (0.5 + 0.5 × <paramref name="RhythmCredit"/>).
/// </param>
/// <param name="Articulated">
/// Whether a syllable onset was detected where the note starts (within ±120 ms); null when the note does not
/// start a syllable (a <c>~</c> continuation).
/// </param>
public sealed record NoteScore(
    int NoteIndex,
    int PhraseIndex,
    ChartNote Note,
    double StartSeconds,
    double EndSeconds,
    bool Matched,
    bool OnsetInherited,
    double? SungStartSeconds,
    double? SungEndSeconds,
    double? OnsetDeviationMs,
    double? EndDeviationMs,
    double? MeanCentsError,
    double PitchCredit,
    double RhythmCredit,
    double Credit,
    bool? Articulated);
