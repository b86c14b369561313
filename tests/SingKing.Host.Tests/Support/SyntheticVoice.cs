using System.Buffers.Binary;
using SingKing.Dsp.Synthesis;

namespace SingKing.Host.Tests.Support;

/// <summary>
/// A sung line from the product's voice synthesizer (a male /a/, straight tone, legato), as the browser
/// would send it: mono 16-bit PCM at 16 kHz, cut into 40 ms chunks.
/// </summary>
public static class SyntheticVoice
{
    public const int SampleRate = 16_000;

    /// <summary>40 ms, the chunk the browser sends.</summary>
    public const int ChunkSamples = 640;

    /// <summary>Sings notes back to back: each is (frequency in Hz, duration in seconds).</summary>
    public static short[] Sing(params (double FrequencyHz, double Seconds)[] notes)
    {
        var sung = new List<SungNote>();
        var start = 0.0;
        foreach (var (frequency, seconds) in notes)
        {
            sung.Add(new SungNote(frequency, start, seconds));
            start += seconds;
        }

        var take = new VoiceSynthesizer().Synthesize(new F0Contour(sung), SampleRate, start, seed: 7);
        return ToShorts(take.Samples);
    }

    /// <summary>Sings named notes and rests with the product's default voice: <c>Melody(("A2", 1.2), ("rest", 0.3))</c>.</summary>
    public static short[] Melody(params (string Note, double Seconds)[] steps) =>
        ToShorts(SingingVoice.Melody(SampleRate, steps).Samples);

    private static short[] ToShorts(float[] samples) =>
        [.. samples.Select(s => (short)Math.Clamp(Math.Round(s * short.MaxValue), short.MinValue, short.MaxValue))];

    /// <summary>Little-endian bytes of <paramref name="samples"/>.</summary>
    public static byte[] ToPcm(ReadOnlySpan<short> samples)
    {
        var bytes = new byte[samples.Length * 2];
        for (var i = 0; i < samples.Length; i++)
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), samples[i]);
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
