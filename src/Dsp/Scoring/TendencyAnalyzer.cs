using SingKing.Dsp.Alignment;

namespace SingKing.Dsp.Scoring;

/// <summary>Measures the singer's habits on the sung notes of a scored take (see <see cref="SingerTendencies"/>).</summary>
internal static class TendencyAnalyzer
{
    /// <summary>Notes this long or longer (0.75 s) are long notes for stability: long enough to show drift after the onset.</summary>
    private const double LongNoteSeconds = 0.75;

    /// <summary>Moving average that removes vibrato before stability is measured: about one cycle at 5 Hz.</summary>
    private const double StabilitySmoothingSeconds = 0.200;

    /// <summary>A scoop starts more than 50 cents below the note's body.</summary>
    private const double ScoopCents = 50;

    /// <summary>A scoop is looked for in the first 120 ms: it has to be over before the note's body at 150 ms.</summary>
    private const double ScoopSearchSeconds = 0.120;

    /// <summary>A start more than 400 cents off the body is a different note or a tracking slip, not a scoop.</summary>
    private const double ScoopLimitCents = 400;

    /// <summary>Notes this long or longer (0.8 s) are sustained enough to show a vibrato.</summary>
    private const double SustainedSeconds = 0.8;

    /// <summary>Vibrato is looked for after the note has settled (350 ms) and before its release (50 ms).</summary>
    private const double VibratoSkipSeconds = 0.35, VibratoTailSeconds = 0.05, VibratoMinSeconds = 0.4;

    /// <summary>Vibrato rates looked for, in Hz: singers' vibrato lies in 4.5–7 Hz; the band is wider to catch a poor one.</summary>
    private const double VibratoMinHz = 3, VibratoMaxHz = 9;

    /// <summary>Periodicity (normalised autocorrelation at the vibrato period) from which a wobble is a vibrato.</summary>
    private const double VibratoMinCorrelation = 0.5;

    /// <summary>Extents below this many cents are no audible vibrato.</summary>
    private const double VibratoMinExtentCents = 10;

    public static SingerTendencies Measure(IReadOnlyList<NoteScore> notes, double[] midi, double[] songTimes, double hop)
    {
        double centsSum = 0;
        var centsFrames = 0;
        double stabilitySquares = 0;
        var longNotes = 0;
        var scoopExamined = 0;
        var scoopDepths = new List<double>();
        var sustained = 0;
        var rates = new List<double>();
        var extents = new List<double>();

        foreach (var note in notes)
        {
            if (!note.Matched || !note.Note.HasPitch || note.SungStartSeconds is not { } start || note.SungEndSeconds is not { } end)
                continue;
            var duration = note.EndSeconds - note.StartSeconds;
            var target = note.Note.MidiNote;
            var bodyStart = start + TakeScorer.BodySkipSeconds(duration);
            var bodyEnd = Math.Min(end, start + duration);
            var body = Cents(midi, songTimes, bodyStart, bodyEnd, target);
            if (body.Count == 0)
                continue;

            var mean = body.Average();
            if (Math.Abs(mean) <= TakeScorer.OtherNoteCents)
            {
                centsSum += body.Sum();
                centsFrames += body.Count;
            }

            if (duration >= LongNoteSeconds && Stability(body, hop) is { } sd)
            {
                stabilitySquares += sd * sd;
                longNotes++;
            }

            if (Scoop(midi, songTimes, start, bodyEnd, target) is { } depth)
            {
                scoopExamined++;
                if (depth > ScoopCents)
                    scoopDepths.Add(depth);
            }

            if (duration >= SustainedSeconds)
            {
                var from = start + VibratoSkipSeconds;
                var to = bodyEnd - VibratoTailSeconds;
                if (to - from >= VibratoMinSeconds && Vibrato(Cents(midi, songTimes, from, to, target), (to - from) / hop, hop) is var vibrato)
                {
                    sustained++;
                    if (vibrato is { } v)
                    {
                        rates.Add(v.RateHz);
                        extents.Add(v.ExtentCents);
                    }
                }
            }
        }

        return new SingerTendencies(
            centsFrames > 0 ? centsSum / centsFrames : null,
            longNotes > 0 ? Math.Sqrt(stabilitySquares / longNotes) : null,
            longNotes,
            scoopExamined > 0 ? scoopDepths.Count / (double)scoopExamined : null,
            scoopDepths.Count > 0 ? scoopDepths.Average() : null,
            sustained > 0 ? rates.Count / (double)sustained : null,
            rates.Count > 0 ? Median(rates) : null,
            extents.Count > 0 ? Median(extents) : null,
            sustained);
    }

    /// <summary>Octave-folded error in cents of the voiced frames in [from, to), relative to the note.</summary>
    private static List<double> Cents(double[] midi, double[] songTimes, double from, double to, int target)
    {
        var cents = new List<double>();
        for (var k = TakeScorer.LowerBound(songTimes, from); k < songTimes.Length && songTimes[k] < to; k++)
            if (midi[k] > 0) cents.Add(100 * OctaveFolding.Distance(midi[k], target));
        return cents;
    }

    /// <summary>Standard deviation of the body's pitch after a moving average about one vibrato cycle long.</summary>
    private static double? Stability(List<double> body, double hop)
    {
        var width = Math.Max(1, (int)Math.Round(StabilitySmoothingSeconds / hop));
        if (body.Count < width + 5)
            return null;
        var smoothed = new List<double>();
        var sum = body.Take(width).Sum();
        smoothed.Add(sum / width);
        for (var i = width; i < body.Count; i++)
        {
            sum += body[i] - body[i - width];
            smoothed.Add(sum / width);
        }
        var mean = smoothed.Average();
        return Math.Sqrt(smoothed.Sum(x => (x - mean) * (x - mean)) / smoothed.Count);
    }

    /// <summary>
    /// How far below its body (in cents) the note starts, or null when it cannot be told: the lowest 3-frame
    /// running median of the first 120 ms (so one stray frame is no scoop, and a consonant's few frames before
    /// the vowel do not hide it) against the median of 150–400 ms. Frames more than 400 cents off are another
    /// note or a tracking slip and are left out.
    /// </summary>
    private static double? Scoop(double[] midi, double[] songTimes, double start, double end, int target)
    {
        var onset = Cents(midi, songTimes, start, Math.Min(end, start + ScoopSearchSeconds), target)
            .Where(c => Math.Abs(c) <= ScoopLimitCents).ToList();
        var body = Cents(midi, songTimes, start + TakeScorer.OnsetSeconds, Math.Min(end, start + TakeScorer.OnsetSeconds + 0.25), target);
        if (onset.Count < 3 || body.Count < 5)
            return null;
        var lowest = double.PositiveInfinity;
        for (var i = 0; i + 2 < onset.Count; i++)
            lowest = Math.Min(lowest, MedianOfThree(onset[i], onset[i + 1], onset[i + 2]));
        return Median(body) - lowest;
    }

    private static double MedianOfThree(double a, double b, double c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));

    /// <summary>
    /// Rate and extent of a vibrato in a sustained stretch, or null when it has none: the linear trend is removed,
    /// the rate is where the normalised autocorrelation peaks within 3–9 Hz (parabolic interpolation), and the extent
    /// is √2 × the RMS deviation (a sinusoid's amplitude).
    /// </summary>
    private static (double RateHz, double ExtentCents)? Vibrato(List<double> cents, double expectedFrames, double hop)
    {
        if (cents.Count < 0.9 * expectedFrames || cents.Count < 20)
            return null;
        var n = cents.Count;
        double meanX = (n - 1) / 2.0, meanY = cents.Average(), sxy = 0, sxx = 0;
        for (var i = 0; i < n; i++)
        {
            sxy += (i - meanX) * (cents[i] - meanY);
            sxx += (i - meanX) * (i - meanX);
        }
        var slope = sxy / sxx;
        var x = new double[n];
        double energy = 0;
        for (var i = 0; i < n; i++)
        {
            x[i] = cents[i] - meanY - slope * (i - meanX);
            energy += x[i] * x[i];
        }
        if (energy <= 0)
            return null;

        var minLag = (int)Math.Floor(1 / (VibratoMaxHz * hop));
        var maxLag = Math.Min(n / 2, (int)Math.Ceiling(1 / (VibratoMinHz * hop)));
        var r = new double[maxLag + 2];
        for (var lag = minLag - 1; lag <= maxLag + 1 && lag < n; lag++)
        {
            double sum = 0;
            for (var i = 0; i + lag < n; i++)
                sum += x[i] * x[i + lag];
            r[lag] = sum / energy * n / (n - lag);
        }

        // The first peak close to the highest: a vibrato correlates with itself at two and three periods as well,
        // and those later peaks can come out a little higher.
        var highest = double.NegativeInfinity;
        for (var lag = minLag; lag <= maxLag; lag++)
            if (r[lag] > r[lag - 1] && r[lag] >= r[lag + 1])
                highest = Math.Max(highest, r[lag]);
        if (highest < VibratoMinCorrelation)
            return null;
        var best = minLag;
        while (!(r[best] > r[best - 1] && r[best] >= r[best + 1] && r[best] >= 0.8 * highest))
            best++;

        var denominator = r[best - 1] - 2 * r[best] + r[best + 1];
        var offset = denominator < 0 ? 0.5 * (r[best - 1] - r[best + 1]) / denominator : 0;
        var rate = 1 / ((best + offset) * hop);
        var extent = Math.Sqrt(2 * energy / n);
        return extent < VibratoMinExtentCents ? null : (rate, extent);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        var n = sorted.Count;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
