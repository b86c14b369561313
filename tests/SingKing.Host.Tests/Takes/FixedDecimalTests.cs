using System.Globalization;
using System.Text;
using SingKing.Grains.Takes;

namespace SingKing.Host.Tests.Takes;

public sealed class FixedDecimalTests
{
    [Theory]
    [InlineData(0.0, 3)]
    [InlineData(-0.04, 1)]
    [InlineData(-0.0004, 3)]
    [InlineData(307.125, 2)]   // an exact tie: the F format rounds it to even
    [InlineData(307.135, 2)]
    [InlineData(0.0005, 3)]
    [InlineData(2.0005, 3)]
    [InlineData(-120.0, 1)]
    [InlineData(1099.995, 2)]
    [InlineData(9.9999, 3)]
    [InlineData(123456.7, 0)]
    [InlineData(1e12, 2)]
    [InlineData(double.NaN, 2)]
    [InlineData(double.PositiveInfinity, 1)]
    [InlineData(double.NegativeInfinity, 1)]
    public void Writes_what_the_F_format_writes(double value, int decimals) =>
        Assert.Equal(Expected(value, decimals), Written(value, decimals));

    [Fact]
    public void Negative_zero_keeps_its_sign_as_the_F_format_does()
    {
        Assert.Equal("-0.000", Expected(-0.0, 3));
        Assert.Equal("-0.000", Written(-0.0, 3));
    }

    [Fact]
    public void Pitch_rows_of_random_frames_match_the_F_format()
    {
        var random = new Random(20261207);
        for (var i = 0; i < 200_000; i++)
        {
            var time = i * 0.01;
            var frequency = (double)(float)(random.NextDouble() * 1100);
            var confidence = (double)(float)random.NextDouble();
            var level = (double)(float)(-random.NextDouble() * 120);
            // Values on the grid of exact ties too: x.xx5 is a half only when it is exact in binary (x.125, x.375 …).
            var tie = Math.Round(random.NextDouble() * 1000) / 8;
            Assert.Equal(Expected(time, 3), Written(time, 3));
            Assert.Equal(Expected(frequency, 2), Written(frequency, 2));
            Assert.Equal(Expected(confidence, 3), Written(confidence, 3));
            Assert.Equal(Expected(level, 1), Written(level, 1));
            Assert.Equal(Expected(tie, 2), Written(tie, 2));
        }
    }

    [Fact]
    public void A_destination_too_short_is_refused()
    {
        Assert.False(FixedDecimal.TryWrite(new byte[5], 123.456, 3, out var written));
        Assert.Equal(0, written);
        Assert.True(FixedDecimal.TryWrite(new byte[7], 123.456, 3, out written));
        Assert.Equal(7, written);
    }

    private static string Expected(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    private static string Written(double value, int decimals)
    {
        var buffer = new byte[64];
        Assert.True(FixedDecimal.TryWrite(buffer, value, decimals, out var written));
        return Encoding.UTF8.GetString(buffer, 0, written);
    }
}
