using SingKing.Dsp.Scoring;

namespace SingKing.Dsp.Reports;

/// <summary>
/// Turns what the scorer measured into the few things a vocal coach would say, most important first: intonation,
/// then timing, then tone habits, then articulation. Each piece of advice quotes the measured value, so the singer
/// can check it against the graphs. Thresholds are chosen to speak only about habits a listener would notice.
/// </summary>
public static class CoachAdvice
{
    /// <summary>Mean error, in cents, from which notes are called flat or sharp (a quarter of the way to the next semitone is audible; 15 is where trained ears start).</summary>
    public const double IntonationCents = 15;

    /// <summary>Long notes are called out separately when they are this many cents further off than the take as a whole.</summary>
    public const double LongNoteExtraCents = 5;

    /// <summary>A note of at least this many seconds is long.</summary>
    public const double LongNoteSeconds = 0.5;

    /// <summary>Pitch wander on long notes (cents, vibrato removed) from which the notes are called unsteady.</summary>
    public const double UnsteadyCents = 20;

    /// <summary>Median onset deviation, in ms, from which entries are called late or early.</summary>
    public const double EntryMs = 60;

    /// <summary>Median end deviation, in ms, from which notes are called cut short.</summary>
    public const double CutShortMs = 120;

    /// <summary>Share of notes starting with a scoop from which scooping is a habit.</summary>
    public const double ScoopShare = 0.4;

    /// <summary>Lyric delivery below which articulation is called unclear.</summary>
    public const double ArticulationShare = 0.5;

    /// <summary>Total from which a take with nothing to correct is praised.</summary>
    public const double WellDoneTotal = 7010;

    private const double OtherNoteCents = 150;

    /// <summary>The advice for a scored take, most important first; empty when there is nothing to say.</summary>
    public static IReadOnlyList<Advice> For(TakeScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var advice = new List<Advice>();
        Intonation(score, advice);
        Timing(score, advice);
        Tone(score.Tendencies, advice);
        if (score.LyricDelivery < ArticulationShare && score.Notes.Any(n => n.Matched))
            advice.Add(new Advice(AdviceCode.UnclearArticulation, Values(("percent", Math.Round(score.LyricDelivery * 100)))));
        var missedLines = score.Phrases.Count(p => score.Notes.Where(n => n.PhraseIndex == p.PhraseIndex).All(n => !n.Matched));
        if (missedLines > 0 && missedLines < score.Phrases.Count)
            advice.Add(new Advice(AdviceCode.MissedLines, Values(("count", missedLines))));
        if (advice.Count == 0 && score.Total >= WellDoneTotal)
            advice.Add(new Advice(AdviceCode.WellDone, Values()));
        return advice;
    }

    private static void Intonation(TakeScore score, List<Advice> advice)
    {
        var overall = score.Tendencies.MeanCentsDeviation;
        var longErrors = score.Notes
            .Where(n => n.EndSeconds - n.StartSeconds >= LongNoteSeconds && n.MeanCentsError is { } c && Math.Abs(c) <= OtherNoteCents)
            .Select(n => n.MeanCentsError!.Value)
            .ToList();
        double? longMean = longErrors.Count >= 3 ? longErrors.Average() : null;
        if (longMean is { } lm && Math.Abs(lm) >= IntonationCents && Math.Abs(lm) >= Math.Abs(overall ?? 0) + LongNoteExtraCents)
        {
            var code = lm < 0 ? AdviceCode.FlatOnLongNotes : AdviceCode.SharpOnLongNotes;
            advice.Add(new Advice(code, Values(("cents", Math.Round(Math.Abs(lm))), ("notes", longErrors.Count))));
        }
        else if (overall is { } o && Math.Abs(o) >= IntonationCents)
        {
            advice.Add(new Advice(o < 0 ? AdviceCode.FlatOverall : AdviceCode.SharpOverall, Values(("cents", Math.Round(Math.Abs(o))))));
        }

        var tendencies = score.Tendencies;
        if (tendencies is { LongNoteStabilityCents: { } wander, LongNoteCount: >= 2 } && wander >= UnsteadyCents)
            advice.Add(new Advice(AdviceCode.UnsteadyLongNotes, Values(("cents", Math.Round(wander)), ("notes", tendencies.LongNoteCount))));
    }

    private static void Timing(TakeScore score, List<Advice> advice)
    {
        // Only notes with an onset of their own say when the singer came in; legato continuations inherit it.
        var onsets = score.Notes
            .Where(n => n.Matched && !n.OnsetInherited && n.OnsetDeviationMs is not null)
            .Select(n => n.OnsetDeviationMs!.Value)
            .ToList();
        if (onsets.Count >= 3)
        {
            var median = Median(onsets);
            if (median >= EntryMs)
                advice.Add(new Advice(AdviceCode.LateEntries, Values(("ms", RoundTo(median, 10)))));
            else if (median <= -EntryMs)
                advice.Add(new Advice(AdviceCode.EarlyEntries, Values(("ms", RoundTo(-median, 10)))));
        }

        var ends = score.Notes.Where(n => n.Matched && n.EndDeviationMs is not null).Select(n => n.EndDeviationMs!.Value).ToList();
        if (ends.Count >= 3 && Median(ends) <= -CutShortMs)
            advice.Add(new Advice(AdviceCode.CutsNotesShort, Values(("ms", RoundTo(-Median(ends), 10)))));
    }

    private static void Tone(SingerTendencies tendencies, List<Advice> advice)
    {
        if (tendencies is { ScoopShare: { } share, MeanScoopCents: { } depth } && share >= ScoopShare)
            advice.Add(new Advice(AdviceCode.Scoops, Values(("percent", Math.Round(share * 100)), ("cents", Math.Round(depth)))));

        if (tendencies is { VibratoRateHz: { } rate, VibratoExtentCents: { } extent })
        {
            // A classical vibrato runs 5–7 Hz at ±50–100 cents, a pop one narrower; a bleat is fast and narrow, a
            // wobble slow and wide (Sundberg, The Science of the Singing Voice, 1987).
            if (rate >= 7.0 && extent <= 30)
                advice.Add(new Advice(AdviceCode.VibratoFastNarrow, Values(("hz", Math.Round(rate, 1)), ("cents", Math.Round(extent)))));
            else if (rate <= 4.5 && extent >= 60)
                advice.Add(new Advice(AdviceCode.VibratoSlowWide, Values(("hz", Math.Round(rate, 1)), ("cents", Math.Round(extent)))));
        }
        else if (tendencies is { VibratoShare: { } vibrato, SustainedNoteCount: >= 3 } && vibrato <= 0.1)
        {
            advice.Add(new Advice(AdviceCode.NoVibrato, Values(("notes", tendencies.SustainedNoteCount))));
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static double RoundTo(double value, double step) => Math.Round(value / step) * step;

    private static Dictionary<string, double> Values(params (string Name, double Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}
