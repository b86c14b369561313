using SingKing.Cli.Load;

namespace SingKing.Cli.Tests.Load;

public sealed class LatencyPercentilesTests
{
    private static readonly double[] OneToHundred = [.. Enumerable.Range(1, 100).Select(i => (double)i)];

    [Theory]
    [InlineData(50, 50)]
    [InlineData(95, 95)]
    [InlineData(99, 99)]
    [InlineData(100, 100)]
    [InlineData(0.5, 1)]
    public void A_percentile_of_1_to_100_is_the_value_of_that_rank(double percent, double expected) =>
        Assert.Equal(expected, LatencyPercentiles.Of(OneToHundred, percent));

    [Fact]
    public void With_ten_values_the_99th_percentile_is_the_largest()
    {
        double[] latencies = [1, 2, 3, 4, 5, 6, 7, 8, 9, 250];

        Assert.Equal(250, LatencyPercentiles.Of(latencies, 99));
        Assert.Equal(5, LatencyPercentiles.Of(latencies, 50));
        Assert.Equal(9, LatencyPercentiles.Of(latencies, 90));
    }

    [Fact]
    public void One_slow_answer_in_a_thousand_does_not_move_the_99th_percentile()
    {
        double[] latencies = [.. Enumerable.Repeat(4.0, 999), 900];

        Assert.Equal(4, LatencyPercentiles.Of(latencies, 99));
        Assert.Equal(900, LatencyPercentiles.Of(latencies, 100));
    }

    [Fact]
    public void No_answers_have_no_percentile() => Assert.True(double.IsNaN(LatencyPercentiles.Of([], 50)));
}
