using SingKing.Dsp.Transforms;

namespace SingKing.Dsp.Tests.Transforms;

public sealed class RealFourierTransformTests
{
    [Theory]
    [InlineData(16)]
    [InlineData(64)]
    [InlineData(1024)]
    public void Forward_matches_the_definition_of_the_DFT(int size)
    {
        var random = new Random(size);
        var x = Enumerable.Range(0, size).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var re = new float[size / 2 + 1];
        var im = new float[size / 2 + 1];

        new RealFourierTransform(size).Forward(x, re, im);

        for (var k = 0; k <= size / 2; k++)
        {
            double expectedRe = 0, expectedIm = 0;
            for (var j = 0; j < size; j++)
            {
                expectedRe += x[j] * Math.Cos(-2 * Math.PI * j * k / size);
                expectedIm += x[j] * Math.Sin(-2 * Math.PI * j * k / size);
            }
            Assert.Equal(expectedRe, re[k], 1e-3 * Math.Sqrt(size));
            Assert.Equal(expectedIm, im[k], 1e-3 * Math.Sqrt(size));
        }
    }

    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(1024)]
    [InlineData(2048)]
    public void Inverse_undoes_forward(int size) => AssertInverseGivesBackFirstSamples(size, size);

    [Theory]
    [InlineData(1)]
    [InlineData(270)]
    [InlineData(271)]
    [InlineData(1024)]
    public void A_shorter_output_receives_the_first_samples(int length) => AssertInverseGivesBackFirstSamples(1024, length);

    [Fact]
    public void Sizes_that_are_not_powers_of_two_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RealFourierTransform(1000));
    }

    // Forward then inverse into an output of `length` samples gives back the signal's first `length` samples.
    private static void AssertInverseGivesBackFirstSamples(int size, int length)
    {
        var random = new Random(length);
        var x = Enumerable.Range(0, size).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var fft = new RealFourierTransform(size);
        var re = new float[fft.Bins];
        var im = new float[fft.Bins];
        var back = new float[length];

        fft.Forward(x, re, im);
        fft.Inverse(re, im, back);

        for (var j = 0; j < length; j++) Assert.Equal(x[j], back[j], 1e-4);
    }
}
