using SingKing.Dsp.Alignment;

namespace SingKing.Dsp.Scoring;

/// <summary>How one line of lyrics was sung.</summary>
/// <param name="PhraseIndex">Index of the phrase in the voice.</param>
/// <param name="StartSeconds">Chart start of its first note, song time in seconds.</param>
/// <param name="EndSeconds">Chart end of its last note, song time in seconds.</param>
/// <param name="Lyrics">The line's lyrics as shown to the singer.</param>
/// <param name="Pitch">Length-weighted mean pitch credit of its pitched notes, 0–1; null when it has none.</param>
/// <param name="Rhythm">Mean rhythm credit of its scored notes, 0–1; null when it has none.</param>
/// <param name="LyricDelivery">Share of its syllable starts heard as onsets, 0–1; null when it has none.</param>
/// <param name="Perfection">Its notes' credit weighted by length × factor, 0–1 (UltraStar's line perfection).</param>
/// <param name="Rating">The rating of <paramref name="Perfection"/> (<see cref="PhraseResult.Rate"/>).</param>
/// <param name="MeanOnsetDeviationMs">Mean onset deviation of its sung notes in ms, positive late; null when none was sung.</param>
/// <param name="MeanCentsError">Mean octave-folded error of its sung pitched notes in cents, positive sharp; null when none.</param>
/// <param name="Faults">What went wrong, in the order of <see cref="PhraseFault"/>; empty when nothing did.</param>
public sealed record PhraseScore(
    int PhraseIndex,
    double StartSeconds,
    double EndSeconds,
    string Lyrics,
    double? Pitch,
    double? Rhythm,
    double? LyricDelivery,
    double Perfection,
    PhraseRating Rating,
    double? MeanOnsetDeviationMs,
    double? MeanCentsError,
    IReadOnlyList<PhraseFault> Faults);
