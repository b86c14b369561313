using SingKing.Dsp.Range;
using SingKing.Dsp.Synthesis;

namespace SingKing.Dsp.Tests.Range;

/// <summary>Synthetic takes run through the real pitch tracker and a range analyzer, as a live take would be.</summary>
internal static class SungTakes
{
    public const int SampleRate = 16_000;

    /// <summary>The tracker's frames for the take, fed in 20 ms chunks like the live session's audio.</summary>
    public static List<PitchFrame> Track(float[] samples, int sampleRate = SampleRate)
    {
        var tracker = new PitchTracker(sampleRate);
        var frames = new List<PitchFrame>();
        int chunk = sampleRate / 50;
        for (int i = 0; i < samples.Length; i += chunk)
            tracker.Process(samples.AsSpan(i, Math.Min(chunk, samples.Length - i)), frames);
        tracker.Flush(frames);
        return frames;
    }

    /// <summary>The stable notes of a take after the whole chain: tracker, analyzer, <see cref="RangeAnalyzer.Complete"/>.</summary>
    public static RangeAnalyzer Analyse(SynthesizedTake take) => Analyse(take.Samples, take.SampleRate);

    public static RangeAnalyzer Analyse(float[] samples, int sampleRate = SampleRate)
    {
        var analyzer = new RangeAnalyzer();
        analyzer.Add(Track(samples, sampleRate));
        analyzer.Complete();
        return analyzer;
    }

    public static SynthesizedTake Melody(params (string Note, double Seconds)[] steps) =>
        SingingVoice.Melody(SampleRate, steps);

    public static SynthesizedTake Melody(F0ContourOptions expression, VoiceOptions? voice, params (string Note, double Seconds)[] steps) =>
        SingingVoice.Melody(SampleRate, steps, voice, expression, seed: 7);

    /// <summary>
    /// A siren: a voice-like harmonic tone whose pitch glides at a constant rate in cents per second, with the
    /// phase integrated sample by sample so the glide is smooth.
    /// </summary>
    public static float[] Siren(double fromHz, double centsPerSecond, double seconds, int sampleRate = SampleRate)
    {
        var samples = new float[(int)(seconds * sampleRate)];
        double phase = 0;
        for (int i = 0; i < samples.Length; i++)
        {
            double t = i / (double)sampleRate;
            double f0 = fromHz * Math.Pow(2, centsPerSecond * t / 1200);
            phase += 2 * Math.PI * f0 / sampleRate;
            double value = 0;
            for (int h = 1; h <= 8 && h * f0 < sampleRate / 2.0; h++)
                value += Math.Sin(h * phase) / h;
            double fade = Math.Min(1, Math.Min(t, seconds - t) / 0.05);
            samples[i] = (float)(0.3 * fade * value);
        }
        return samples;
    }
}
