namespace SingKing.Dsp.Scoring;

/// <summary>
/// Habits of the singer over the whole take, for advice ("you are about 30 cents flat on long notes"). Each is
/// null when the take had nothing to measure it on. How each is measured: docs/scoring.md.
/// </summary>
/// <param name="MeanCentsDeviation">
/// Mean octave-folded pitch error in cents over the bodies of the sung notes (each note after its first 150 ms,
/// so scoops do not count as flatness), positive sharp. Notes more than 150 cents off are left out: those are
/// other notes, not intonation.
/// </param>
/// <param name="LongNoteStabilityCents">
/// On notes of 0.75 s or more: standard deviation in cents of the body's pitch after a 200 ms moving average
/// removes vibrato, i.e. how much the pitch wanders; root mean square over those notes.
/// </param>
/// <param name="LongNoteCount">How many long notes <paramref name="LongNoteStabilityCents"/> was measured on.</param>
/// <param name="ScoopShare">Share of the sung notes with an own onset that start with a scoop, 0–1.</param>
/// <param name="MeanScoopCents">Mean depth in cents of those scoops: how far below the note's body they start.</param>
/// <param name="VibratoShare">Share of the sustained notes (0.8 s or more) that carry vibrato, 0–1.</param>
/// <param name="VibratoRateHz">Median vibrato rate in Hz over the notes that carry it.</param>
/// <param name="VibratoExtentCents">Median vibrato extent in cents (peak deviation either side of the centre).</param>
/// <param name="SustainedNoteCount">How many sustained notes were examined for vibrato.</param>
public sealed record SingerTendencies(
    double? MeanCentsDeviation,
    double? LongNoteStabilityCents,
    int LongNoteCount,
    double? ScoopShare,
    double? MeanScoopCents,
    double? VibratoShare,
    double? VibratoRateHz,
    double? VibratoExtentCents,
    int SustainedNoteCount);
