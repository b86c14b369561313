using SingKing.Dsp.Audio;

namespace SingKing.Dsp.Tests.Audio;

public sealed class WavWriterTests
{
    [Fact]
    public void Writer_output_reads_back_as_the_same_mono_16_bit_samples()
    {
        float[] tone = SyntheticWav.Tone(220, 0.25, 22_050, 0.5, 0.25, 0.1);
        var file = new MemoryStream();

        WavWriter.Write(file, tone, 22_050);
        file.Position = 0;
        float[] read = WavReader.ReadAll(file, out var format);

        Assert.Equal(new WavFormat(22_050, 1, 16, WavEncoding.Pcm), format);
        Assert.Equal(tone.Length, read.Length);
        for (int i = 0; i < tone.Length; i++)
            Assert.True(Math.Abs(tone[i] - read[i]) <= 0.5 / 32768, $"Sample {i}: wrote {tone[i]}, read {read[i]}.");
    }

    [Fact]
    public void Writer_writes_a_44_byte_header_and_two_bytes_per_sample()
    {
        var file = new MemoryStream();

        WavWriter.Write(file, new float[5000], 16_000);

        Assert.Equal(44 + 2 * 5000, file.Length);
    }

    [Fact]
    public void Writer_clips_samples_beyond_full_scale()
    {
        var file = new MemoryStream();

        WavWriter.Write(file, [1.5f, -3f, float.PositiveInfinity, float.NaN], 16_000);
        file.Position = 0;
        float[] read = WavReader.ReadAll(file, out _);

        Assert.Equal([32767 / 32768f, -1f, 32767 / 32768f, 0f], read);
    }

    [Fact]
    public void Writer_leaves_the_stream_open()
    {
        var file = new MemoryStream();

        WavWriter.Write(file, new float[10], 8_000);

        Assert.True(file.CanWrite);
    }
}
