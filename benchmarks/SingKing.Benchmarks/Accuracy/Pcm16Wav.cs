using System.Buffers.Binary;

namespace SingKing.Benchmarks.Accuracy;

/// <summary>
/// Minimal mono 16-bit PCM WAV output for the external tools. SingKing.Dsp.Audio.WavWriter is not yet
/// implemented on this branch, so the report writes the 44-byte canonical header itself.
/// </summary>
internal static class Pcm16Wav
{
    /// <summary>Rounds samples to 16-bit PCM, as the file will hold them, and back to floats.</summary>
    public static float[] Quantize(ReadOnlySpan<float> samples)
    {
        var result = new float[samples.Length];
        for (var i = 0; i < samples.Length; i++)
            result[i] = ToPcm(samples[i]) / 32768f;
        return result;
    }

    public static void Write(string path, ReadOnlySpan<float> samples, int sampleRate)
    {
        var data = new byte[44 + 2 * samples.Length];
        var span = data.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], data.Length - 8);
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1); // PCM
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1); // mono
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], 2 * sampleRate);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], 2 * samples.Length);
        for (var i = 0; i < samples.Length; i++)
            BinaryPrimitives.WriteInt16LittleEndian(span[(44 + 2 * i)..], ToPcm(samples[i]));
        File.WriteAllBytes(path, data);
    }

    private static short ToPcm(float sample) =>
        (short)Math.Clamp(Math.Round(sample * 32768.0), short.MinValue, short.MaxValue);
}
