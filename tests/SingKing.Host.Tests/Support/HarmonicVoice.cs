namespace SingKing.Host.Tests.Support;

/// <summary>
/// A stand-in for a sung note: a fundamental with four harmonics of falling strength, phase-continuous across
/// note changes, as mono 16-bit PCM at 16 kHz.
/// </summary>
public static class HarmonicVoice
{
    public const int SampleRate = 16_000;

    /// <summary>40 ms, the chunk the browser sends.</summary>
    public const int ChunkSamples = 640;

    private static readonly double[] HarmonicAmplitudes = [1.0, 0.6, 0.4, 0.25, 0.15];

    /// <summary>Renders notes back to back: each is (frequency in Hz, duration in seconds).</summary>
    public static short[] Render(params (double FrequencyHz, double Seconds)[] notes)
    {
        var total = notes.Sum(n => (int)Math.Round(n.Seconds * SampleRate));
        var samples = new short[total];
        var peak = HarmonicAmplitudes.Sum();
        double phase = 0; // of the fundamental, in cycles
        var i = 0;
        foreach (var (frequency, seconds) in notes)
        {
            var count = (int)Math.Round(seconds * SampleRate);
            for (var n = 0; n < count; n++, i++)
            {
                double value = 0;
                for (var h = 0; h < HarmonicAmplitudes.Length; h++)
                    value += HarmonicAmplitudes[h] * Math.Sin(2 * Math.PI * (h + 1) * phase);
                samples[i] = (short)Math.Round(0.3 * short.MaxValue * value / peak);
                phase += frequency / SampleRate;
                phase -= Math.Floor(phase);
            }
        }

        return samples;
    }

    /// <summary>Little-endian bytes of <paramref name="samples"/>.</summary>
    public static byte[] ToPcm(ReadOnlySpan<short> samples)
    {
        var bytes = new byte[samples.Length * 2];
        for (var i = 0; i < samples.Length; i++)
            System.Buffers.Binary.BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), samples[i]);
        return bytes;
    }

    /// <summary>The samples cut into chunks of <paramref name="chunkSamples"/> (the last may be shorter), as PCM.</summary>
    public static List<byte[]> Chunks(short[] samples, int chunkSamples = ChunkSamples)
    {
        var chunks = new List<byte[]>();
        for (var start = 0; start < samples.Length; start += chunkSamples)
            chunks.Add(ToPcm(samples.AsSpan(start, Math.Min(chunkSamples, samples.Length - start))));
        return chunks;
    }

    public static double Cents(double frequencyHz, double referenceHz) => 1200 * Math.Log2(frequencyHz / referenceHz);
}
