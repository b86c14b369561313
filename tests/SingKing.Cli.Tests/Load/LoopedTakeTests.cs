using System.Buffers.Binary;
using SingKing.Cli.Load;
using SingKing.Dsp.Audio;

namespace SingKing.Cli.Tests.Load;

public sealed class LoopedTakeTests
{
    [Fact]
    public void A_16_kHz_file_is_sent_with_exactly_its_own_samples_looped()
    {
        short[] samples = [0, 1, -1, 12_345, -12_345, short.MaxValue, short.MinValue, 7];
        using var wav = new MemoryStream();
        WavWriter.Write(wav, [.. samples.Select(s => s / 32768f)], LoopedTake.SampleRate);
        wav.Position = 0;

        var take = LoopedTake.Read(wav);
        var chunk = new byte[samples.Length * 2 + 4];
        take.CopyChunk(0, chunk);

        Assert.Equal(samples.Length, take.Samples);
        Assert.Equal(
            [.. samples, samples[0], samples[1]],
            Enumerable.Range(0, chunk.Length / 2).Select(i => BinaryPrimitives.ReadInt16LittleEndian(chunk.AsSpan(i * 2))));
    }
}
