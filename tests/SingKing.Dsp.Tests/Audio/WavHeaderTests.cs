using System.Buffers.Binary;
using SingKing.Dsp.Audio;

namespace SingKing.Dsp.Tests.Audio;

public sealed class WavHeaderTests
{
    [Fact]
    public void Header_describes_the_format_in_canonical_layout()
    {
        var header = new byte[WavHeader.Size];

        WavHeader.Write(header, new WavFormat(44_100, 2, 24, WavEncoding.Pcm), 600);

        Assert.Equal("RIFF"u8.ToArray(), header[0..4]);
        Assert.Equal(600u + 36, BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4)));
        Assert.Equal("WAVEfmt "u8.ToArray(), header[8..16]);
        Assert.Equal(16u, BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(16)));
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(20)));
        Assert.Equal(2, BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(22)));
        Assert.Equal(44_100u, BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(24)));
        Assert.Equal(44_100u * 6, BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(28)));
        Assert.Equal(6, BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(32)));
        Assert.Equal(24, BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(34)));
        Assert.Equal("data"u8.ToArray(), header[36..40]);
        Assert.Equal(600u, BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(40)));
    }

    [Fact]
    public void Header_for_float_samples_reads_back_as_float()
    {
        var format = new WavFormat(48_000, 1, 32, WavEncoding.Float);
        var file = new byte[WavHeader.Size + 8];
        WavHeader.Write(file, format, 8);
        BinaryPrimitives.WriteSingleLittleEndian(file.AsSpan(44), 0.25f);
        BinaryPrimitives.WriteSingleLittleEndian(file.AsSpan(48), -0.75f);

        float[] samples = WavReader.ReadAll(new MemoryStream(file), out var read);

        Assert.Equal(format, read);
        Assert.Equal([0.25f, -0.75f], samples);
    }

    [Fact]
    public void Header_refuses_a_destination_shorter_than_44_bytes()
    {
        Assert.Throws<ArgumentException>(() => WavHeader.Write(new byte[43], new WavFormat(16_000, 1, 16, WavEncoding.Pcm), 0));
    }

    [Fact]
    public void Header_refuses_more_data_than_a_riff_size_can_count()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            WavHeader.Write(new byte[44], new WavFormat(16_000, 1, 16, WavEncoding.Pcm), uint.MaxValue));
    }
}
