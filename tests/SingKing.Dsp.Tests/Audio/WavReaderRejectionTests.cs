using SingKing.Dsp.Audio;

namespace SingKing.Dsp.Tests.Audio;

public sealed class WavReaderRejectionTests
{
    private static readonly float[] Silence = new float[16];

    public static TheoryData<string, byte[], string> UnreadableFiles()
    {
        byte[] valid = new SyntheticWav().Build(Silence);
        return new()
        {
            { "an empty file", [], "Not a WAV file" },
            { "an Ogg file", "OggS\0\x02\0\0\0\0\0\0\0\0\0\0"u8.ToArray(), "Not a WAV file" },
            { "a RIFF file that is not WAVE", [.. "RIFF"u8, 4, 0, 0, 0, .. "AVI "u8], "not of type WAVE" },
            { "an RF64 file", [.. "RF64"u8, .. valid[4..]], "RF64" },
            { "a header cut inside the RIFF header", valid[..10], "Truncated WAV header" },
            { "a header cut inside the fmt chunk", valid[..30], "Truncated WAV header" },
            { "a header cut inside a chunk header", valid[..16], "Truncated WAV header" },
            { "8-bit PCM", new SyntheticWav { BitsPerSample = 8 }.Build(Silence), "Unsupported 8-bit PCM" },
            { "32-bit integer PCM", new SyntheticWav { BitsPerSample = 32 }.Build(Silence), "Unsupported 32-bit PCM" },
            { "64-bit float", new SyntheticWav { FormatTag = 3, BitsPerSample = 64 }.Build(Silence), "Unsupported 64-bit float" },
            { "µ-law", new SyntheticWav { FormatTag = 7, BitsPerSample = 8 }.Build(Silence), "Unsupported WAV encoding µ-law (format 0x0007)" },
            { "A-law", new SyntheticWav { FormatTag = 6, BitsPerSample = 8 }.Build(Silence), "A-law" },
            { "MP3 in a WAV", new SyntheticWav { FormatTag = 0x55, BitsPerSample = 16 }.Build(Silence), "MP3" },
            { "extensible µ-law", new SyntheticWav { Extensible = true, FormatTag = 7, BitsPerSample = 8 }.Build(Silence), "µ-law" },
            { "an extensible subtype that is not a WAVE format", new SyntheticWav { Extensible = true, SubtypeGuid = new byte[16] }.Build(Silence), "subtype" },
            { "96 kHz", new SyntheticWav { SampleRate = 96_000 }.Build(Silence), "Unsupported sample rate 96000 Hz: SingKing reads 8–48 kHz." },
            { "7999 Hz", new SyntheticWav { SampleRate = 7_999 }.Build(Silence), "Unsupported sample rate 7999 Hz" },
            { "no data chunk", new SyntheticWav { OmitData = true }.Build(Silence), "no 'data' chunk" },
            { "no fmt chunk", [.. "RIFF"u8, 12, 0, 0, 0, .. "WAVE"u8, .. "data"u8, 0, 0, 0, 0], "before the 'fmt ' chunk" },
            { "zero channels", new SyntheticWav { Channels = 0, BlockAlignOverride = 2 }.Build([]), "0 channels" },
            { "a block align that does not match", new SyntheticWav { BlockAlignOverride = 4 }.Build(Silence), "bytes per frame" },
            { "a fmt chunk too short", [.. "RIFF"u8, 20, 0, 0, 0, .. "WAVE"u8, .. "fmt "u8, 8, 0, 0, 0, 1, 0, 1, 0, 0x80, 0x3E, 0, 0], "shorter than the 16" },
        };
    }

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public void Reader_refuses_an_unreadable_file_with_a_one_line_reason(string what, byte[] file, string reason)
    {
        var error = Assert.Throws<AudioFormatException>(() => new WavReader(new MemoryStream(file)));

        Assert.True(error.Message.Contains(reason, StringComparison.Ordinal), $"{what}: \"{error.Message}\" does not say \"{reason}\".");
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Reader_closes_the_stream_of_a_file_it_refuses_unless_asked_to_leave_it_open()
    {
        byte[] file = new SyntheticWav { SampleRate = 96_000 }.Build(Silence);
        var owned = new MemoryStream(file);
        var borrowed = new MemoryStream(file);

        Assert.Throws<AudioFormatException>(() => new WavReader(owned));
        Assert.Throws<AudioFormatException>(() => new WavReader(borrowed, leaveOpen: true));

        Assert.False(owned.CanRead);
        Assert.True(borrowed.CanRead);
    }

    [Fact]
    public void ReadAll_refuses_an_unreadable_file_too()
    {
        byte[] file = new SyntheticWav { BitsPerSample = 8 }.Build(Silence);

        Assert.Throws<AudioFormatException>(() => WavReader.ReadAll(new MemoryStream(file), out _));
    }
}
