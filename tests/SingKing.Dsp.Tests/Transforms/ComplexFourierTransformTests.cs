using SingKing.Dsp.Transforms;

namespace SingKing.Dsp.Tests.Transforms;

public sealed class ComplexFourierTransformTests
{
    private static (float[] Re, float[] Im) RandomSignal(int size)
    {
        var random = new Random(size);
        return (
            Enumerable.Range(0, size).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray(),
            Enumerable.Range(0, size).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray());
    }

    [Theory]
    [InlineData(4)]
    [InlineData(32)]
    [InlineData(1024)]
    public void Forward_matches_the_definition_of_the_DFT(int size)
    {
        var (re, im) = RandomSignal(size);
        var (outRe, outIm) = ((float[])re.Clone(), (float[])im.Clone());

        new ComplexFourierTransform(size).Forward(outRe, outIm);

        for (var k = 0; k < size; k++)
        {
            double expectedRe = 0, expectedIm = 0;
            for (var j = 0; j < size; j++)
            {
                var angle = -2 * Math.PI * j * k / size;
                expectedRe += re[j] * Math.Cos(angle) - im[j] * Math.Sin(angle);
                expectedIm += re[j] * Math.Sin(angle) + im[j] * Math.Cos(angle);
            }
            Assert.Equal(expectedRe, outRe[k], 1e-3 * Math.Sqrt(size));
            Assert.Equal(expectedIm, outIm[k], 1e-3 * Math.Sqrt(size));
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(64)]
    [InlineData(512)]
    [InlineData(1024)]
    [InlineData(2048)]
    public void Bit_reversed_output_holds_the_same_spectrum(int size)
    {
        var (re, im) = RandomSignal(size);
        var fft = new ComplexFourierTransform(size);
        var (naturalRe, naturalIm) = ((float[])re.Clone(), (float[])im.Clone());
        var (reversedRe, reversedIm) = ((float[])re.Clone(), (float[])im.Clone());

        fft.Forward(naturalRe, naturalIm);
        fft.ForwardToBitReversed(reversedRe, reversedIm);

        for (var k = 0; k < size; k++)
        {
            Assert.Equal(naturalRe[k], reversedRe[fft.BitReversal[k]], 1e-3);
            Assert.Equal(naturalIm[k], reversedIm[fft.BitReversal[k]], 1e-3);
        }
    }
}
