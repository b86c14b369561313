namespace SingKing.Dsp.Calibration;

/// <summary>
/// The calibration signal the browser plays through the speakers while it records the microphone: short
/// 1 kHz tone bursts at fixed, slightly irregular intervals, so that a delay cannot be mistaken for the delay
/// plus one interval.
/// </summary>
public sealed class ClickTrack
{
    // Intervals between clicks (500–700 ms, all different): a wrong offset lines up at most a click or two.
    private static readonly double[] StandardIntervalsSeconds = [0.55, 0.62, 0.51, 0.68, 0.57, 0.64, 0.53];

    private readonly double[] _clickTimesSeconds;

    /// <summary>Creates a click track.</summary>
    /// <param name="clickTimesSeconds">Start of each click in seconds from the start of the track, increasing.</param>
    /// <param name="toneHz">Frequency of the tone inside each click in Hz (at most 3.5 kHz, so 8 kHz recordings hear it).</param>
    /// <param name="clickSeconds">Length of each click in seconds.</param>
    /// <param name="tailSeconds">Silence after the last click in seconds, room for the device's delay.</param>
    /// <param name="peak">Peak amplitude of a click, in (0, 1].</param>
    public ClickTrack(IReadOnlyList<double> clickTimesSeconds, double toneHz = 1000, double clickSeconds = 0.010,
        double tailSeconds = 1.0, double peak = 0.5)
    {
        ArgumentNullException.ThrowIfNull(clickTimesSeconds);
        if (clickTimesSeconds.Count == 0)
            throw new ArgumentException("A click track needs at least one click.", nameof(clickTimesSeconds));
        for (var i = 0; i < clickTimesSeconds.Count; i++)
        {
            if (!(clickTimesSeconds[i] >= 0) || (i > 0 && !(clickTimesSeconds[i] > clickTimesSeconds[i - 1] + clickSeconds)))
                throw new ArgumentException("Click times must be non-negative, increasing and further apart than a click.", nameof(clickTimesSeconds));
        }
        if (!(toneHz > 0 && toneHz <= 3500))
            throw new ArgumentOutOfRangeException(nameof(toneHz), toneHz, "The tone must be above 0 Hz and at most 3.5 kHz.");
        if (!(clickSeconds > 0))
            throw new ArgumentOutOfRangeException(nameof(clickSeconds), clickSeconds, "A click must last more than 0 s.");
        if (!(tailSeconds >= 0))
            throw new ArgumentOutOfRangeException(nameof(tailSeconds), tailSeconds, "The tail cannot be negative.");
        if (!(peak > 0 && peak <= 1))
            throw new ArgumentOutOfRangeException(nameof(peak), peak, "The peak must be in (0, 1].");
        _clickTimesSeconds = [.. clickTimesSeconds];
        ToneHz = toneHz;
        ClickSeconds = clickSeconds;
        Peak = peak;
        DurationSeconds = _clickTimesSeconds[^1] + clickSeconds + tailSeconds;
    }

    /// <summary>
    /// The track the product plays: 8 clicks of 10 ms at 1 kHz, the first at 0.5 s (after the audio output has
    /// woken up), then 0.51–0.68 s apart; 1 s of silence after the last, 5.1 s in all.
    /// </summary>
    public static ClickTrack Standard { get; } = new(StandardTimes());

    /// <summary>Start of each click, in seconds from the start of the track.</summary>
    public IReadOnlyList<double> ClickTimesSeconds => _clickTimesSeconds;

    /// <summary>Frequency of the tone inside each click, in Hz.</summary>
    public double ToneHz { get; }

    /// <summary>Length of each click, in seconds.</summary>
    public double ClickSeconds { get; }

    /// <summary>Peak amplitude of a click.</summary>
    public double Peak { get; }

    /// <summary>Length of the whole track, in seconds.</summary>
    public double DurationSeconds { get; }

    /// <summary>Renders the whole track as mono samples.</summary>
    /// <param name="sampleRate">Sample rate in Hz.</param>
    public float[] Render(int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        var samples = new float[(int)Math.Ceiling(DurationSeconds * sampleRate)];
        foreach (var start in _clickTimesSeconds)
        {
            var first = (int)Math.Ceiling(start * sampleRate);
            for (var n = first; n < samples.Length; n++)
            {
                var t = n / (double)sampleRate - start;
                if (t >= ClickSeconds)
                    break;
                samples[n] = (float)ClickAt(t);
            }
        }
        return samples;
    }

    /// <summary>One click alone, starting at sample 0, as the estimator's matched filter uses it.</summary>
    /// <param name="sampleRate">Sample rate in Hz.</param>
    /// <param name="phaseRadians">Phase offset of the tone (π/2 gives the quadrature partner).</param>
    internal float[] RenderClick(int sampleRate, double phaseRadians = 0)
    {
        var click = new float[Math.Max(1, (int)Math.Ceiling(ClickSeconds * sampleRate))];
        for (var n = 0; n < click.Length; n++)
            click[n] = (float)ClickAt(n / (double)sampleRate, phaseRadians);
        return click;
    }

    // A raised-cosine (Hann) envelope: no step at either end, so the speaker does not add a broadband pop.
    private double ClickAt(double t, double phaseRadians = 0)
    {
        var envelope = 0.5 - 0.5 * Math.Cos(2 * Math.PI * t / ClickSeconds);
        return Peak * envelope * Math.Sin(2 * Math.PI * ToneHz * t + phaseRadians);
    }

    private static double[] StandardTimes()
    {
        var times = new double[StandardIntervalsSeconds.Length + 1];
        times[0] = 0.5;
        for (var i = 0; i < StandardIntervalsSeconds.Length; i++)
            times[i + 1] = times[i] + StandardIntervalsSeconds[i];
        return times;
    }
}
