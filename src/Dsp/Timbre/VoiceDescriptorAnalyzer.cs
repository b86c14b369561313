using SingKing.Dsp.Pitch;
using SingKing.Dsp.Transforms;

namespace SingKing.Dsp.Timbre;

/// <summary>
/// Measures brightness, breathiness, roughness and vibrato of a sung recording (<see cref="VoiceDescriptors"/>).
/// The pitch comes from <see cref="PitchTracker"/>; each voiced 10 ms frame then contributes a spectrum, a
/// period refined by autocorrelation and a one-period amplitude.
/// </summary>
/// <remarks>
/// HNR follows Boersma (1993): r at the period of the normalised autocorrelation gives HNR = 10·log10(r / (1 − r)).
/// Jitter and shimmer are measured on periods and amplitudes taken every 10 ms (not on every glottal cycle),
/// with the 3-point perturbation quotient so that vibrato and phrase dynamics, which are smooth at that
/// scale, do not count as roughness. Vibrato is the strongest 3.5–9 Hz periodicity of the pitch contour
/// after its 0.25 s moving average (the melody) is removed, if it swings by at least 8 cents.
/// </remarks>
public sealed class VoiceDescriptorAnalyzer
{
    private const int AnalysisRate = 16_000;
    private const int SpectrumSize = 512;
    private const double FrameSeconds = 0.010;
    private const int TrendFrames = 25;
    private const int MinRunFrames = 60;
    private const int MinVibratoLag = 11;   // 9.1 Hz
    private const int MaxVibratoLag = 29;   // 3.4 Hz
    private const double MinVibratoCorrelation = 0.3;
    private const double NoteJumpCents = 100;
    private const double MinVibratoExtentCents = 8;

    /// <summary>Measures <paramref name="samples"/> (mono, in [−1, 1]) recorded at <paramref name="sampleRate"/> Hz.</summary>
    public VoiceDescriptors Analyze(ReadOnlySpan<float> samples, int sampleRate)
    {
        var signal = AnalysisSignal.Prepare(samples, sampleRate, AnalysisRate, -3);
        var tracker = new PitchTracker(AnalysisRate);
        var frames = new List<PitchFrame>();
        tracker.Process(signal, frames);
        tracker.Flush(frames);

        var fft = new RealFourierTransform(SpectrumSize);
        var window = new float[SpectrumSize];
        for (var i = 0; i < SpectrumSize; i++)
            window[i] = (float)(0.5 - 0.5 * Math.Cos(2 * Math.PI * i / (SpectrumSize - 1)));
        var input = new float[SpectrumSize];
        var re = new float[fft.Bins];
        var im = new float[fft.Bins];
        var binHz = AnalysisRate / (double)SpectrumSize;

        double centroidSum = 0, lowBand = 0, highBand = 0, hnrSum = 0;
        var spectra = 0;
        var hnrCount = 0;
        var periods = new double[frames.Count];
        var amplitudes = new double[frames.Count];
        for (var k = 0; k < frames.Count; k++)
        {
            var frame = frames[k];
            if (!frame.IsVoiced)
                continue;
            var centre = (int)Math.Round(frame.TimeSeconds * AnalysisRate);
            var start = centre - SpectrumSize / 2;
            if (start < 0 || start + SpectrumSize > signal.Length)
                continue;

            for (var i = 0; i < SpectrumSize; i++)
                input[i] = signal[start + i] * window[i];
            fft.Forward(input, re, im);
            double weighted = 0, total = 0;
            for (var b = 1; b < fft.Bins; b++)
            {
                var power = re[b] * (double)re[b] + im[b] * (double)im[b];
                var hz = b * binHz;
                var magnitude = Math.Sqrt(power);
                weighted += hz * magnitude;
                total += magnitude;
                if (hz < 2_000)
                    lowBand += power;
                else if (hz < 4_000)
                    highBand += power;
            }

            if (total > 0)
            {
                centroidSum += weighted / total;
                spectra++;
            }

            var expected = AnalysisRate / (double)frame.FrequencyHz;
            if (RefinePeriod(signal, centre, expected) is { } found)
            {
                periods[k] = found.Period;
                amplitudes[k] = OnePeriodRms(signal, centre, found.Period);
                var r = Math.Clamp(found.Correlation, 1e-4, 0.9999);
                hnrSum += 10 * Math.Log10(r / (1 - r));
                hnrCount++;
            }
        }

        var (rate, extent) = Vibrato(frames);
        var voiced = frames.Count(f => f.IsVoiced) * FrameSeconds;
        return new VoiceDescriptors(
            SpectralCentroidHz: spectra == 0 ? 0 : centroidSum / spectra,
            SingersFormantDb: lowBand > 0 && highBand > 0 ? 10 * Math.Log10(highBand / lowBand) : 0,
            HarmonicsToNoiseDb: hnrCount == 0 ? 0 : hnrSum / hnrCount,
            JitterPercent: PerturbationPercent(periods),
            ShimmerPercent: PerturbationPercent(amplitudes),
            VibratoRateHz: rate,
            VibratoExtentCents: extent,
            VoicedSeconds: voiced,
            DurationSeconds: samples.Length / (double)sampleRate);
    }

    // The lag near the tracker's period that maximises the normalised autocorrelation over three periods
    // around the frame, refined to a fraction of a sample by a parabola through the peak.
    private static (double Period, double Correlation)? RefinePeriod(float[] signal, int centre, double expected)
    {
        var low = Math.Max(2, (int)Math.Floor(expected * 0.9));
        var high = (int)Math.Ceiling(expected * 1.1) + 1;
        var span = (int)Math.Ceiling(3 * expected);
        var start = centre - span / 2;
        if (start < 0 || start + span + high >= signal.Length)
            return null;

        var correlations = new double[high - low + 1];
        for (var lag = low; lag <= high; lag++)
        {
            double xy = 0, xx = 0, yy = 0;
            for (var n = start; n < start + span - lag; n++)
            {
                double x = signal[n], y = signal[n + lag];
                xy += x * y;
                xx += x * x;
                yy += y * y;
            }

            correlations[lag - low] = xx > 0 && yy > 0 ? xy / Math.Sqrt(xx * yy) : 0;
        }

        var best = 0;
        for (var i = 1; i < correlations.Length; i++)
        {
            if (correlations[i] > correlations[best])
                best = i;
        }

        var offset = 0.0;
        if (best > 0 && best < correlations.Length - 1)
        {
            double a = correlations[best - 1], b = correlations[best], c = correlations[best + 1];
            var curvature = a - 2 * b + c;
            if (curvature < 0)
                offset = Math.Clamp(0.5 * (a - c) / curvature, -0.5, 0.5);
        }

        return (low + best + offset, correlations[best]);
    }

    private static double OnePeriodRms(float[] signal, int centre, double period)
    {
        var half = (int)Math.Round(period / 2);
        double energy = 0;
        var count = 0;
        for (var n = Math.Max(0, centre - half); n < Math.Min(signal.Length, centre + half); n++)
        {
            energy += signal[n] * (double)signal[n];
            count++;
        }

        return count == 0 ? 0 : Math.Sqrt(energy / count);
    }

    // Mean |v[k] − mean(v[k−1], v[k], v[k+1])| over runs of three measured frames, in % of the mean value.
    private static double PerturbationPercent(double[] values)
    {
        double deviation = 0, sum = 0;
        var count = 0;
        for (var k = 1; k < values.Length - 1; k++)
        {
            if (values[k - 1] <= 0 || values[k] <= 0 || values[k + 1] <= 0)
                continue;
            var local = (values[k - 1] + values[k] + values[k + 1]) / 3;
            deviation += Math.Abs(values[k] - local);
            sum += values[k];
            count++;
        }

        return count == 0 || sum <= 0 ? 0 : 100 * (deviation / count) / (sum / count);
    }

    private static (double RateHz, double ExtentCents) Vibrato(List<PitchFrame> frames)
    {
        var lags = MaxVibratoLag - MinVibratoLag + 2;
        var products = new double[lags + 1];
        double energy = 0;
        var residualCount = 0;
        foreach (var run in VoicedRuns(frames))
        {
            var cents = run.Select(f => 1200 * Math.Log2(f.FrequencyHz / 440.0)).ToArray();
            var residual = new double[cents.Length];
            for (var k = 0; k < cents.Length; k++)
            {
                var from = Math.Max(0, k - TrendFrames / 2);
                var to = Math.Min(cents.Length - 1, k + TrendFrames / 2);
                double sum = 0;
                for (var j = from; j <= to; j++)
                    sum += cents[j];
                residual[k] = cents[k] - sum / (to - from + 1);
            }

            // The moving average is one-sided at the ends of a run; leave those frames out.
            var body = residual.AsSpan(TrendFrames / 2, residual.Length - 2 * (TrendFrames / 2));
            foreach (var r in body)
                energy += r * r;
            residualCount += body.Length;
            for (var lag = MinVibratoLag - 1; lag <= MaxVibratoLag + 1; lag++)
            {
                double product = 0;
                for (var k = 0; k + lag < body.Length; k++)
                    product += body[k] * body[k + lag];
                products[lag - (MinVibratoLag - 1)] += product;
            }
        }

        if (residualCount == 0 || energy <= 0)
            return (0, 0);
        var best = 1;
        for (var i = 1; i < products.Length - 1; i++)
        {
            if (products[i] > products[best])
                best = i;
        }

        if (products[best] / energy < MinVibratoCorrelation)
            return (0, 0);
        double a = products[best - 1], b = products[best], c = products[best + 1];
        var curvature = a - 2 * b + c;
        var offset = curvature < 0 ? Math.Clamp(0.5 * (a - c) / curvature, -0.5, 0.5) : 0;
        var lagFrames = best + MinVibratoLag - 1 + offset;
        var rate = 1 / (lagFrames * FrameSeconds);

        // Removing the moving average also removes part of the vibrato; undo that loss at the measured rate.
        double average = 0;
        for (var j = -TrendFrames / 2; j <= TrendFrames / 2; j++)
            average += Math.Cos(2 * Math.PI * rate * j * FrameSeconds);
        var kept = Math.Abs(1 - average / (2 * (TrendFrames / 2) + 1));
        var extent = Math.Sqrt(2 * energy / residualCount) / Math.Max(kept, 0.5);
        // A few cents of regular wobble is the tracker's own ripple, not a vibrato anyone hears.
        return extent < MinVibratoExtentCents ? (0, 0) : (rate, extent);
    }

    // Runs of voiced frames long enough to hold a few vibrato cycles, split where the pitch jumps to a new note.
    private static IEnumerable<List<PitchFrame>> VoicedRuns(List<PitchFrame> frames)
    {
        var run = new List<PitchFrame>();
        foreach (var frame in frames)
        {
            var jumps = run.Count > 0 && frame.IsVoiced &&
                Math.Abs(1200 * Math.Log2(frame.FrequencyHz / run[^1].FrequencyHz)) > NoteJumpCents;
            if (!frame.IsVoiced || jumps)
            {
                if (run.Count >= MinRunFrames)
                    yield return run;
                run = [];
            }

            if (frame.IsVoiced)
                run.Add(frame);
        }

        if (run.Count >= MinRunFrames)
            yield return run;
    }
}
