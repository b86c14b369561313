using SingKing.Dsp.Resampling;
using SingKing.Dsp.Tests.Pitch;

namespace SingKing.Dsp.Tests.Resampling;

public sealed class StreamingResamplerTests
{
    private static float[] Resample(float[] input, int from, int to, int chunk = int.MaxValue)
    {
        var resampler = new StreamingResampler(from, to);
        var output = new List<float>();
        var buffer = new float[resampler.MaxOutputFor(Math.Min(chunk, input.Length)) + resampler.FlushLength];
        for (var position = 0; position < input.Length; position += chunk)
        {
            var piece = input.AsSpan(position, Math.Min(chunk, input.Length - position));
            var n = resampler.Process(piece, buffer);
            output.AddRange(buffer.AsSpan(0, n).ToArray());
        }
        var tail = resampler.Flush(buffer);
        output.AddRange(buffer.AsSpan(0, tail).ToArray());
        return [.. output];
    }

    private static double Rms(ReadOnlySpan<float> x)
    {
        double sum = 0;
        foreach (var v in x) sum += v * v;
        return Math.Sqrt(sum / x.Length);
    }

    [Theory]
    [InlineData(44_100, 16_000)]
    [InlineData(48_000, 16_000)]
    [InlineData(8_000, 16_000)]
    [InlineData(22_050, 16_000)]
    public void Output_covers_the_input_sample_for_sample(int from, int to)
    {
        var output = Resample(new float[from], from, to);

        Assert.Equal(to, output.Length); // one second in, one second out
    }

    [Theory]
    [InlineData(44_100)]
    [InlineData(8_000)]
    public void A_tone_in_the_pass_band_keeps_its_level(int from)
    {
        var output = Resample(TestSignals.Sine(1000, 1.0, from, amplitude: 0.5), from, 16_000);

        var steady = output.AsSpan(1600, 12800);
        var levelDb = 20 * Math.Log10(Rms(steady) / (0.5 / Math.Sqrt(2)));
        Assert.InRange(levelDb, -0.1, 0.1);
    }

    [Fact]
    public void A_tone_above_the_new_Nyquist_frequency_is_removed()
    {
        var output = Resample(TestSignals.Sine(12_000, 1.0, 44_100, amplitude: 0.5), 44_100, 16_000);

        var levelDb = 20 * Math.Log10(Rms(output.AsSpan(1600, 12800)) / (0.5 / Math.Sqrt(2)));
        Assert.True(levelDb < -70, $"12 kHz leaked through at {levelDb:F1} dB");
    }

    [Fact]
    public void Output_does_not_depend_on_chunk_sizes()
    {
        var input = TestSignals.Harmonic(233, 0.7, 44_100);

        var whole = Resample(input, 44_100, 16_000);

        foreach (var chunk in new[] { 1, 7, 441, 1000, 4096 })
            Assert.Equal(whole, Resample(input, 44_100, 16_000, chunk));
    }
}
