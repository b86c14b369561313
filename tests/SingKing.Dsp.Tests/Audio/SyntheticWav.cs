using System.Buffers.Binary;

namespace SingKing.Dsp.Tests.Audio;

/// <summary>
/// Builds WAV files byte by byte, including the variants and mistakes real files have, so every reader
/// path can be exercised without sample files.
/// </summary>
internal sealed class SyntheticWav
{
    /// <summary>Format tag written in the 'fmt ' chunk (1 PCM, 3 float, 7 µ-law…); with <see cref="Extensible"/> it goes into the subtype GUID.</summary>
    public ushort FormatTag { get; init; } = 1;

    public int SampleRate { get; init; } = 16_000;

    public int Channels { get; init; } = 1;

    public int BitsPerSample { get; init; } = 16;

    /// <summary>Writes a 40-byte WAVE_FORMAT_EXTENSIBLE 'fmt ' chunk.</summary>
    public bool Extensible { get; init; }

    /// <summary>Replaces the subtype GUID of an extensible header.</summary>
    public byte[]? SubtypeGuid { get; init; }

    public int? BlockAlignOverride { get; init; }

    /// <summary>Size written in the 'data' chunk header instead of the true size.</summary>
    public uint? DataSizeOverride { get; init; }

    public List<(string Id, byte[] Body)> ChunksBeforeFormat { get; init; } = [];

    public List<(string Id, byte[] Body)> ChunksBeforeData { get; init; } = [];

    public List<(string Id, byte[] Body)> ChunksAfterData { get; init; } = [];

    public bool OmitData { get; init; }

    /// <summary>Clips samples to [−1, 1] before encoding; off to write float files with overs, NaN or infinity.</summary>
    public bool ClipSamples { get; init; } = true;

    /// <summary>Raw bytes appended after the encoded samples (inside the data chunk when its size is open).</summary>
    public byte[] TrailingBytes { get; init; } = [];

    public int BlockAlign => BlockAlignOverride ?? Channels * BitsPerSample / 8;

    /// <summary>Encodes interleaved samples in [−1, 1] and wraps them in a RIFF/WAVE file.</summary>
    public byte[] Build(ReadOnlySpan<float> interleaved)
    {
        var body = new MemoryStream();
        Write(body, "WAVE"u8);
        foreach (var (id, chunk) in ChunksBeforeFormat)
            WriteChunk(body, id, chunk);
        WriteChunk(body, "fmt ", FormatChunk());
        foreach (var (id, chunk) in ChunksBeforeData)
            WriteChunk(body, id, chunk);
        if (!OmitData)
        {
            byte[] data = [.. Encode(interleaved), .. TrailingBytes];
            WriteChunk(body, "data", data, DataSizeOverride);
        }
        foreach (var (id, chunk) in ChunksAfterData)
            WriteChunk(body, id, chunk);

        var file = new MemoryStream();
        Write(file, "RIFF"u8);
        WriteUInt32(file, (uint)body.Length);
        body.Position = 0;
        body.CopyTo(file);
        return file.ToArray();
    }

    /// <summary>A mono tone with the given harmonics (amplitudes of f0, 2·f0, 3·f0…).</summary>
    public static float[] Tone(double frequencyHz, double seconds, int sampleRate, params double[] harmonicAmplitudes)
    {
        if (harmonicAmplitudes.Length == 0)
            harmonicAmplitudes = [0.5];
        var samples = new float[(int)Math.Round(seconds * sampleRate)];
        for (int i = 0; i < samples.Length; i++)
        {
            double t = (double)i / sampleRate, x = 0;
            for (int h = 0; h < harmonicAmplitudes.Length; h++)
                x += harmonicAmplitudes[h] * Math.Sin(2 * Math.PI * frequencyHz * (h + 1) * t);
            samples[i] = (float)x;
        }
        return samples;
    }

    /// <summary>Interleaves equal-length channels.</summary>
    public static float[] Interleave(params float[][] channels)
    {
        int frames = channels[0].Length;
        var interleaved = new float[frames * channels.Length];
        for (int i = 0; i < frames; i++)
            for (int c = 0; c < channels.Length; c++)
                interleaved[i * channels.Length + c] = channels[c][i];
        return interleaved;
    }

    private byte[] FormatChunk()
    {
        var fmt = new MemoryStream();
        WriteUInt16(fmt, Extensible ? (ushort)0xFFFE : FormatTag);
        WriteUInt16(fmt, (ushort)Channels);
        WriteUInt32(fmt, (uint)SampleRate);
        WriteUInt32(fmt, (uint)(SampleRate * BlockAlign));
        WriteUInt16(fmt, (ushort)BlockAlign);
        WriteUInt16(fmt, (ushort)BitsPerSample);
        if (Extensible)
        {
            WriteUInt16(fmt, 22); // cbSize
            WriteUInt16(fmt, (ushort)BitsPerSample); // valid bits
            WriteUInt32(fmt, Channels == 2 ? 3u : 4u); // speaker mask: FL|FR or FC
            byte[] guid = SubtypeGuid ??
                [(byte)FormatTag, (byte)(FormatTag >> 8), 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];
            fmt.Write(guid);
        }
        return fmt.ToArray();
    }

    private byte[] Encode(ReadOnlySpan<float> interleaved)
    {
        int bytesPerSample = BitsPerSample / 8;
        var data = new byte[interleaved.Length * bytesPerSample];
        Span<byte> d = data;
        for (int i = 0; i < interleaved.Length; i++)
        {
            double x = ClipSamples ? Math.Clamp(interleaved[i], -1f, 1f) : interleaved[i];
            Span<byte> s = d.Slice(i * bytesPerSample, bytesPerSample);
            bool isFloat = FormatTag == 3;
            switch (BitsPerSample, isFloat)
            {
                case (8, false): s[0] = (byte)Math.Round(128 + x * 127); break;
                case (16, false): BinaryPrimitives.WriteInt16LittleEndian(s, (short)Math.Round(x * 32767)); break;
                case (24, false):
                    int v = (int)Math.Round(x * 8388607);
                    s[0] = (byte)v; s[1] = (byte)(v >> 8); s[2] = (byte)(v >> 16);
                    break;
                case (32, false): BinaryPrimitives.WriteInt32LittleEndian(s, (int)Math.Round(x * int.MaxValue)); break;
                case (32, true): BinaryPrimitives.WriteSingleLittleEndian(s, (float)x); break;
                case (64, true): BinaryPrimitives.WriteDoubleLittleEndian(s, x); break;
                default: s.Clear(); break; // encodings the reader must refuse: content never read
            }
        }
        return data;
    }

    private static void WriteChunk(Stream stream, string id, byte[] body, uint? sizeOverride = null)
    {
        Write(stream, System.Text.Encoding.ASCII.GetBytes(id));
        WriteUInt32(stream, sizeOverride ?? (uint)body.Length);
        stream.Write(body);
        if ((body.Length & 1) == 1)
            stream.WriteByte(0); // RIFF pads odd chunks to an even length
    }

    private static void Write(Stream stream, ReadOnlySpan<byte> bytes) => stream.Write(bytes);

    private static void WriteUInt16(Stream stream, ushort value)
    {
        Span<byte> b = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, value);
        stream.Write(b);
    }

    private static void WriteUInt32(Stream stream, uint value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, value);
        stream.Write(b);
    }
}
