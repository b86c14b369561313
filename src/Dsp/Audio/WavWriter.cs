using System.Buffers.Binary;

namespace SingKing.Dsp.Audio;

/// <summary>Writes mono 16-bit PCM WAV files.</summary>
public static class WavWriter
{
    private const int BlockSamples = 2048;

    /// <summary>Writes <paramref name="samples"/> (clipped to [−1, 1]) as a mono 16-bit WAV at <paramref name="sampleRate"/> Hz.</summary>
    /// <param name="stream">Where the file goes; it is left open.</param>
    /// <param name="samples">Mono samples in [−1, 1]; values beyond are clipped, NaN is written as 0.</param>
    /// <param name="sampleRate">Sample rate in Hz.</param>
    public static void Write(Stream stream, ReadOnlySpan<float> samples, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);

        Span<byte> header = stackalloc byte[WavHeader.Size];
        WavHeader.Write(header, new WavFormat(sampleRate, 1, 16, WavEncoding.Pcm), 2L * samples.Length);
        stream.Write(header);

        Span<byte> block = stackalloc byte[2 * BlockSamples];
        while (!samples.IsEmpty)
        {
            int n = Math.Min(samples.Length, BlockSamples);
            for (int i = 0; i < n; i++)
                BinaryPrimitives.WriteInt16LittleEndian(block[(2 * i)..], ToPcm16(samples[i]));
            stream.Write(block[..(2 * n)]);
            samples = samples[n..];
        }
    }

    /// <summary>
    /// A sample in [−1, 1] as 16-bit PCM. The same scale as the reader (1/32768) makes write-then-read lose at most
    /// half a step; only +1.0 itself, which 16 bits cannot hold, comes back one step lower. NaN becomes 0.
    /// </summary>
    public static short ToPcm16(float x)
    {
        if (float.IsNaN(x))
            return 0;
        float scaled = MathF.Round(Math.Clamp(x, -1f, 1f) * 32768f);
        return (short)Math.Min(scaled, short.MaxValue);
    }
}
