using System.Numerics.Tensors;

namespace SingKing.Dsp.Calibration;

/// <summary>
/// Measures a device's audio round trip from a microphone recording of a <see cref="ClickTrack"/>: the time
/// from the page starting playback to each click arriving in the recording.
/// </summary>
/// <remarks>
/// Three steps. (1) A matched filter: the recording is correlated with the click and with its 90° partner,
/// and the magnitude of the pair is an envelope that peaks where a click starts, whatever the tone's phase
/// after the speaker and the room. (2) Onsets: the envelope's peaks above a threshold set from the
/// recording's own noise floor (its median) and its loudest peak, never from an absolute level, so a quiet
/// microphone measures as well as a loud one; peaks closer than a reflection's delay keep the stronger.
/// (3) Matching: every onset is tried as every click, and the delay that lines up the most clicks (then the
/// earliest, as an echo never comes first) wins; the irregular intervals keep a wrong delay from lining up more than a click or two, and a
/// cough or a knock lines up with nothing. Each matched click's delay is refined to a fraction of a sample by
/// a parabola through the envelope's peak, and the latency is their median.
/// </remarks>
public sealed class LatencyEstimator
{
    /// <summary>Fewest clicks that must be heard for a measurement, unless the track has fewer.</summary>
    public const int DefaultMinimumClicks = 5;

    // The noise envelope is Rayleigh-distributed; 6 × its median is about 7 σ, which white noise
    // essentially never reaches in a recording of a few seconds.
    private const double NoiseFloorFactor = 6;

    // A click heard at a twentieth of the loudest peak (−26 dB) still counts; below that is the loud peak's own ringing.
    private const double LoudestPeakFraction = 0.05;

    // Peaks closer than this are one click and its early reflections.
    private const double SuppressionSeconds = 0.020;

    // How far a click may sit from where the winning delay puts it (a steady device wavers by a millisecond or two).
    private const double MatchToleranceSeconds = 0.005;

    // Playback cannot reach the microphone before it starts; a little slack for rounding at the start.
    private const double EarliestLatencySeconds = -0.002;

    private readonly ClickTrack _track;
    private readonly double _maxLatencySeconds;
    private readonly int _minimumClicks;

    /// <summary>Creates an estimator for recordings of <paramref name="track"/>.</summary>
    /// <param name="track">The click track that was played.</param>
    /// <param name="maxLatencySeconds">Longest delay looked for, in seconds (Bluetooth reaches half a second).</param>
    /// <param name="minimumClicks">Fewest clicks heard for a measurement; capped at the number of clicks.</param>
    public LatencyEstimator(ClickTrack track, double maxLatencySeconds = 1.0, int minimumClicks = DefaultMinimumClicks)
    {
        ArgumentNullException.ThrowIfNull(track);
        if (!(maxLatencySeconds > 0))
            throw new ArgumentOutOfRangeException(nameof(maxLatencySeconds), maxLatencySeconds, "The longest delay must be above 0 s.");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimumClicks);
        _track = track;
        _maxLatencySeconds = maxLatencySeconds;
        _minimumClicks = Math.Min(minimumClicks, track.ClickTimesSeconds.Count);
    }

    /// <summary>Estimates the latency from a recording that started when playback started.</summary>
    /// <param name="recording">Mono microphone samples.</param>
    /// <param name="sampleRate">Sample rate of <paramref name="recording"/> in Hz, 8–48 kHz.</param>
    public LatencyEstimate Estimate(ReadOnlySpan<float> recording, int sampleRate)
    {
        if (sampleRate is < 8_000 or > 48_000)
            throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "The recording's sample rate must be 8–48 kHz.");
        var expected = _track.ClickTimesSeconds.Count;
        var envelope = MatchedEnvelope(recording, sampleRate);
        var onsets = Onsets(envelope, sampleRate);
        var matched = BestMatch(onsets, sampleRate);
        if (matched.Count < _minimumClicks)
            return LatencyEstimate.NotMeasured(matched.Count, expected, Advice(matched.Count, expected));

        var delays = new double[matched.Count];
        for (var i = 0; i < matched.Count; i++)
        {
            var (click, sample) = matched[i];
            delays[i] = (RefinePeak(envelope, sample) / sampleRate - _track.ClickTimesSeconds[click]) * 1000;
        }
        Array.Sort(delays);
        var median = delays.Length % 2 == 1
            ? delays[delays.Length / 2]
            : (delays[delays.Length / 2 - 1] + delays[delays.Length / 2]) / 2;
        var mean = delays.Average();
        var spread = Math.Sqrt(delays.Sum(d => (d - mean) * (d - mean)) / delays.Length);
        return LatencyEstimate.Measured(median, matched.Count, expected, spread);
    }

    private static string Advice(int heard, int expected) => heard == 0
        ? "No clicks were heard. Turn the speakers up and unmute them, or hold the phone near the speaker; " +
          "headphones keep the clicks from the microphone, so calibrate without them."
        : $"Only {heard} of {expected} clicks were heard clearly. Turn the speakers up, bring the microphone " +
          "nearer to them and keep the room quiet while the clicks play; headphones keep the clicks from the microphone, so calibrate without them.";

    // |recording ⋆ click| with the click's quadrature pair: peaks where a click starts, at any phase.
    private double[] MatchedEnvelope(ReadOnlySpan<float> recording, int sampleRate)
    {
        var inPhase = _track.RenderClick(sampleRate);
        var quadrature = _track.RenderClick(sampleRate, Math.PI / 2);
        var length = recording.Length - inPhase.Length + 1;
        if (length <= 0)
            return [];
        var envelope = new double[length];
        for (var n = 0; n < length; n++)
        {
            var window = recording.Slice(n, inPhase.Length);
            double i = TensorPrimitives.Dot(window, inPhase);
            double q = TensorPrimitives.Dot(window, quadrature);
            envelope[n] = Math.Sqrt(i * i + q * q);
        }
        return envelope;
    }

    // Local maxima above the adaptive threshold, strongest first kept, none within SuppressionSeconds of a stronger one.
    private static List<int> Onsets(double[] envelope, int sampleRate)
    {
        if (envelope.Length < 3)
            return [];
        var sorted = (double[])envelope.Clone();
        Array.Sort(sorted);
        var noiseFloor = sorted[sorted.Length / 2];
        var loudest = sorted[^1];
        var threshold = Math.Max(NoiseFloorFactor * noiseFloor, LoudestPeakFraction * loudest);
        if (!(loudest > 0))
            return [];

        var candidates = new List<int>();
        for (var n = 1; n < envelope.Length - 1; n++)
        {
            if (envelope[n] > threshold && envelope[n] >= envelope[n - 1] && envelope[n] > envelope[n + 1])
                candidates.Add(n);
        }
        candidates.Sort((a, b) => envelope[b].CompareTo(envelope[a]));

        var suppression = (int)(SuppressionSeconds * sampleRate);
        var onsets = new List<int>();
        foreach (var candidate in candidates)
        {
            if (onsets.TrueForAll(o => Math.Abs(o - candidate) > suppression))
                onsets.Add(candidate);
        }
        onsets.Sort();
        return onsets;
    }

    // Tries each onset as each click; keeps the delay that lines up the most clicks, then the earliest
    // (a reflection or echo comes after the direct sound, never before).
    private List<(int Click, int Sample)> BestMatch(List<int> onsets, int sampleRate)
    {
        var times = _track.ClickTimesSeconds;
        var tolerance = MatchToleranceSeconds * sampleRate;
        List<(int, int)> best = [];
        var bestDelay = double.MaxValue;
        foreach (var onset in onsets)
        {
            for (var k = 0; k < times.Count; k++)
            {
                var delay = onset - times[k] * sampleRate;
                if (delay < EarliestLatencySeconds * sampleRate || delay > _maxLatencySeconds * sampleRate)
                    continue;
                var matched = new List<(int, int)>();
                for (var j = 0; j < times.Count; j++)
                {
                    var where = times[j] * sampleRate + delay;
                    var nearest = Nearest(onsets, where);
                    if (nearest >= 0 && Math.Abs(onsets[nearest] - where) <= tolerance)
                        matched.Add((j, onsets[nearest]));
                }
                if (matched.Count > best.Count || (matched.Count == best.Count && delay < bestDelay))
                {
                    best = matched;
                    bestDelay = delay;
                }
            }
        }
        return best;
    }

    private static int Nearest(List<int> sortedOnsets, double where)
    {
        if (sortedOnsets.Count == 0)
            return -1;
        var index = sortedOnsets.BinarySearch((int)Math.Round(where));
        if (index >= 0)
            return index;
        index = ~index;
        if (index == 0)
            return 0;
        if (index == sortedOnsets.Count)
            return index - 1;
        return where - sortedOnsets[index - 1] <= sortedOnsets[index] - where ? index - 1 : index;
    }

    // Vertex of the parabola through the peak and its neighbours: sub-sample timing, in samples.
    private static double RefinePeak(double[] envelope, int peak)
    {
        if (peak <= 0 || peak >= envelope.Length - 1)
            return peak;
        double left = envelope[peak - 1], centre = envelope[peak], right = envelope[peak + 1];
        var curvature = left - 2 * centre + right;
        return curvature < 0 ? peak + 0.5 * (left - right) / curvature : peak;
    }
}
