using SingKing.Dsp.Alignment;
using SingKing.Dsp.Scoring;

namespace SingKing.Grains.Reports;

/// <summary>One line of a report.</summary>
/// <param name="Index">The line's index in the voice.</param>
/// <param name="StartSeconds">Song time of its first note's start.</param>
/// <param name="EndSeconds">Song time of its last note's end.</param>
/// <param name="Lyrics">The line's lyrics.</param>
/// <param name="Score">0–100: the line's perfection.</param>
/// <param name="Rating">The line's rating.</param>
/// <param name="Pitch">0–1, or null when the line has no pitched note.</param>
/// <param name="Rhythm">0–1, or null.</param>
/// <param name="LyricDelivery">0–1, or null when no note starts a syllable.</param>
/// <param name="MeanOnsetDeviationMs">Positive late; null when nothing was sung.</param>
/// <param name="MeanCentsError">Positive sharp; null when nothing pitched was sung.</param>
/// <param name="Faults">What went wrong.</param>
/// <param name="NeedsPractice">Whether <paramref name="Score"/> is below the practice threshold.</param>
public sealed record ReportPhrase(
    int Index,
    double StartSeconds,
    double EndSeconds,
    string Lyrics,
    double Score,
    PhraseRating Rating,
    double? Pitch,
    double? Rhythm,
    double? LyricDelivery,
    double? MeanOnsetDeviationMs,
    double? MeanCentsError,
    IReadOnlyList<PhraseFault> Faults,
    bool NeedsPractice);
