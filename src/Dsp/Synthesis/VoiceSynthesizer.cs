namespace SingKing.Dsp.Synthesis;

/// <summary>
/// Source–filter singing synthesizer whose F0 is known exactly. A band-limited harmonic glottal source is
/// driven by the instantaneous phase φ(t) = 2π∫f0 dt of an <see cref="F0Contour"/>, mixed with aspiration
/// noise, shaped by a phrase envelope and filtered through vowel formants. Deterministic for a given seed.
/// </summary>
public sealed class VoiceSynthesizer
{
    /// <summary>Truth is only claimed where the envelope reaches this share of its peak.</summary>
    public const double AudibleEnvelopeShare = 0.05;

    /// <summary>Peak level of a synthesized take, in dBFS, before any <see cref="RecordingConditions"/>.</summary>
    public const double PeakDbfs = -3;

    /// <summary>Sample rate in Hz at which <see cref="VoiceOptions.BreathinessDb"/> is the full-band breath level.</summary>
    private const int BreathReferenceRate = 16_000;

    /// <summary>Creates a synthesizer with the given timbre (defaults: a male /a/ with little breath).</summary>
    public VoiceSynthesizer(VoiceOptions? options = null)
    {
        Options = options ?? new VoiceOptions();
        Options.Validate();
    }

    /// <summary>The timbre and dynamics in force.</summary>
    public VoiceOptions Options { get; }

    /// <summary>Sings <paramref name="contour"/> for <paramref name="durationSeconds"/> at <paramref name="sampleRate"/> Hz.</summary>
    /// <param name="contour">The F0 to follow.</param>
    /// <param name="sampleRate">Output sample rate in Hz (8–48 kHz).</param>
    /// <param name="durationSeconds">Length of the take; time after the last note is silence.</param>
    /// <param name="seed">Seed of the jitter and breath noise.</param>
    public SynthesizedTake Synthesize(F0Contour contour, int sampleRate, double durationSeconds, int seed)
    {
        ArgumentNullException.ThrowIfNull(contour);
        if (sampleRate is < 8_000 or > 48_000)
            throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "The synthesizer renders at 8–48 kHz.");
        if (!(durationSeconds > 0))
            throw new ArgumentOutOfRangeException(nameof(durationSeconds), durationSeconds, "The take must last more than 0 s.");

        var count = (int)Math.Round(durationSeconds * sampleRate);
        var f0 = contour.RenderHz(sampleRate, count, new Random(seed));
        var envelope = Envelope(contour, sampleRate, count);
        var samples = Render(f0, envelope, sampleRate, new Random(unchecked(seed * 7919 + 17)));
        Normalize(samples, PeakDbfs);
        return new SynthesizedTake(samples, sampleRate, Truth(f0, envelope, sampleRate));
    }

    private float[] Render(double[] f0, double[] envelope, int sampleRate, Random random)
    {
        var maxHarmonicHz = Math.Min(Options.MaxHarmonicHz, 0.95 * sampleRate / 2);
        var minF0 = f0.Where(f => f > 0).DefaultIfEmpty(100).Min();
        var maxHarmonics = Math.Max(1, (int)(maxHarmonicHz / minF0) + 1);

        // amplitude[h] follows the glottal tilt; energy[h] = Σ amplitude² up to h sets the breath noise level.
        var amplitude = new double[maxHarmonics + 1];
        var energy = new double[maxHarmonics + 1];
        for (var h = 1; h <= maxHarmonics; h++)
        {
            amplitude[h] = Math.Pow(h, Options.SpectralTiltDbPerOctave / (20 * Math.Log10(2)));
            energy[h] = energy[h - 1] + amplitude[h] * amplitude[h] / 2;
        }

        // The breath level is defined over a 16 kHz rate (0–8 kHz); white noise at a higher rate spreads the
        // same power density over a wider band, so its variance grows with the rate and the audible band
        // sounds the same whatever rate a take is rendered at.
        var breath = Math.Pow(10, Options.BreathinessDb / 20) * Math.Sqrt(sampleRate / (double)BreathReferenceRate);
        var formants = new FormantFilter(Options.Vowel, Options.VocalTract, sampleRate);
        var output = new float[f0.Length];
        var phase = 0.0;
        var taperStartHz = 0.9 * maxHarmonicHz;
        for (var n = 0; n < f0.Length; n++)
        {
            var hz = f0[n];
            var source = 0.0;
            if (hz > 0 && envelope[n] > 0)
            {
                phase += 2 * Math.PI * hz / sampleRate;
                if (phase > 2 * Math.PI)
                    phase -= 2 * Math.PI;
                var harmonics = Math.Min(maxHarmonics, (int)(maxHarmonicHz / hz));

                // e^{ihφ} by repeated complex rotation: one sin/cos per sample instead of one per harmonic.
                double zr = Math.Cos(phase), zi = Math.Sin(phase), wr = zr, wi = zi;
                for (var h = 1; h <= harmonics; h++)
                {
                    var gain = amplitude[h];
                    var harmonicHz = h * hz;
                    if (harmonicHz > taperStartHz)
                    {
                        // Fade harmonics out near the cap so one crossing it under vibrato does not click.
                        gain *= 0.5 + 0.5 * Math.Cos(Math.PI * (harmonicHz - taperStartHz) / (maxHarmonicHz - taperStartHz));
                    }

                    source += gain * wi;
                    var nr = wr * zr - wi * zi;
                    wi = wr * zi + wi * zr;
                    wr = nr;
                }

                if (breath > 0)
                {
                    // Aspiration is louder while the glottis is open, so modulate it with the glottal cycle.
                    var openness = 0.5 + 0.5 * Math.Cos(phase);
                    var noiseRms = breath * Math.Sqrt(energy[harmonics]);
                    source += noiseRms * (0.4 + 1.2 * openness) * StandardNormal.Next(random);
                }

                source *= envelope[n];
            }
            else
            {
                phase = 0;
            }

            output[n] = (float)formants.Process(source);
        }

        return output;
    }

    private double[] Envelope(F0Contour contour, int sampleRate, int count)
    {
        var envelope = new double[count];
        foreach (var (start, end) in contour.Phrases())
        {
            var first = Math.Max(0, (int)Math.Ceiling(start * sampleRate));
            var last = Math.Min(count - 1, (int)Math.Ceiling(end * sampleRate) - 1);
            var attack = Math.Min(Options.AttackSeconds, (end - start) / 2);
            var release = Math.Min(Options.ReleaseSeconds, (end - start) / 2);
            for (var n = first; n <= last; n++)
            {
                var t = n / (double)sampleRate;
                var gain = 1.0;
                if (attack > 0 && t - start < attack)
                    gain *= RaisedCosine((t - start) / attack);
                if (release > 0 && end - t < release)
                    gain *= RaisedCosine((end - t) / release);
                envelope[n] = gain;
            }
        }

        return envelope;
    }

    private static float[] Truth(double[] f0, double[] envelope, int sampleRate)
    {
        var truth = new float[SynthesizedTake.FrameCount(f0.Length, sampleRate)];
        for (var k = 0; k < truth.Length; k++)
        {
            var n = Math.Min(f0.Length - 1, (int)Math.Round(k * SynthesizedTake.FrameSeconds * sampleRate));
            truth[k] = envelope[n] >= AudibleEnvelopeShare ? (float)f0[n] : 0f;
        }

        return truth;
    }

    private static double RaisedCosine(double x) => x <= 0 ? 0 : x >= 1 ? 1 : 0.5 - 0.5 * Math.Cos(Math.PI * x);

    internal static void Normalize(float[] samples, double peakDbfs)
    {
        var peak = 0f;
        foreach (var s in samples)
            peak = Math.Max(peak, Math.Abs(s));
        if (peak == 0)
            return;
        var gain = (float)(Math.Pow(10, peakDbfs / 20) / peak);
        for (var i = 0; i < samples.Length; i++)
            samples[i] = Math.Clamp(samples[i] * gain, -1f, 1f);
    }
}
