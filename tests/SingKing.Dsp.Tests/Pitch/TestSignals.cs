namespace SingKing.Dsp.Tests.Pitch;

/// <summary>Small, exactly known signals for the tracker's unit tests.</summary>
internal static class TestSignals
{
    public static float[] Sine(double frequencyHz, double seconds, int sampleRate, double amplitude = 0.5)
    {
        var samples = new float[(int)(seconds * sampleRate)];
        for (var i = 0; i < samples.Length; i++)
            samples[i] = (float)(amplitude * Math.Sin(2 * Math.PI * frequencyHz * i / sampleRate));
        return samples;
    }

    /// <summary>A voice-like tone: <paramref name="harmonics"/> harmonics falling 6 dB per octave.</summary>
    public static float[] Harmonic(double frequencyHz, double seconds, int sampleRate, double amplitude = 0.5, int harmonics = 8)
    {
        var samples = new float[(int)(seconds * sampleRate)];
        double norm = 0;
        for (var h = 1; h <= harmonics; h++) norm += 1.0 / h;
        for (var i = 0; i < samples.Length; i++)
        {
            double value = 0;
            for (var h = 1; h <= harmonics && h * frequencyHz < sampleRate / 2.0; h++)
                value += Math.Sin(2 * Math.PI * h * frequencyHz * i / sampleRate) / h;
            samples[i] = (float)(amplitude * value / norm);
        }
        return samples;
    }

    public static float[] Concat(params float[][] parts) => parts.SelectMany(p => p).ToArray();

    public static float[] Silence(double seconds, int sampleRate) => new float[(int)(seconds * sampleRate)];

    public static List<PitchFrame> Track(float[] samples, int sampleRate, PitchTrackerOptions? options = null)
    {
        var tracker = new PitchTracker(sampleRate, options);
        var frames = new List<PitchFrame>();
        tracker.Process(samples, frames);
        tracker.Flush(frames);
        return frames;
    }

    /// <summary>Frames whose stamps lie in [from, to) seconds.</summary>
    public static IEnumerable<PitchFrame> Between(this IEnumerable<PitchFrame> frames, double from, double to) =>
        frames.Where(f => f.TimeSeconds >= from && f.TimeSeconds < to);
}
