using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;

namespace SingKing.Host.Tests.Support;

/// <summary>A take's files as a reader finds them on disk.</summary>
public sealed class TakeOnDisk
{
    private TakeOnDisk(JsonElement record, byte[] wav, string[] pitchLines)
    {
        Record = record;
        Wav = wav;
        PitchLines = pitchLines;
    }

    public JsonElement Record { get; }

    public byte[] Wav { get; }

    public string[] PitchLines { get; }

    public string Status => Record.GetProperty("status").GetString()!;

    public uint RiffSize => BinaryPrimitives.ReadUInt32LittleEndian(Wav.AsSpan(4));

    public uint DataSize => BinaryPrimitives.ReadUInt32LittleEndian(Wav.AsSpan(40));

    /// <summary>Samples the file actually holds after its 44-byte header.</summary>
    public int SamplesInFile => (Wav.Length - 44) / 2;

    public int SampleRateInHeader => BinaryPrimitives.ReadInt32LittleEndian(Wav.AsSpan(24));

    /// <summary>pitch.csv rows without the header: (time, f0, confidence, level).</summary>
    public IReadOnlyList<double[]> PitchRows => PitchLines.Skip(1)
        .Select(line => line.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
        .ToList();

    public static TakeOnDisk Load(string folder)
    {
        var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "take.json"))).RootElement.Clone();
        var wav = ReadShared(Path.Combine(folder, "audio.wav"));
        var pitch = System.Text.Encoding.UTF8.GetString(ReadShared(Path.Combine(folder, "pitch.csv")))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new TakeOnDisk(record, wav, pitch);
    }

    // The host may still hold the files open for writing.
    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
