namespace SingKing.Grains.Reports;

/// <summary>The singer's habits over a take (see <see cref="Dsp.Scoring.SingerTendencies"/> for how each is measured).</summary>
public sealed record ReportTendencies(
    double? MeanCentsDeviation,
    double? LongNoteStabilityCents,
    int LongNoteCount,
    double? ScoopShare,
    double? MeanScoopCents,
    double? VibratoShare,
    double? VibratoRateHz,
    double? VibratoExtentCents,
    int SustainedNoteCount);
