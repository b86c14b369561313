using SingKing.Storage.Leaderboards;

namespace SingKing.Storage.Tests.Leaderboards;

public sealed class BoardRankingTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_tenth_of_a_point_outranks_any_time_difference()
    {
        var higher = BoardRanking.SortKey(new BoardEntry(1, "a", 5000.1, At.AddYears(200)));
        var lower = BoardRanking.SortKey(new BoardEntry(2, "b", 5000.0, At.AddYears(-5)));

        Assert.True(higher > lower);
    }

    [Fact]
    public void Of_equal_scores_a_second_earlier_ranks_higher_even_at_the_top_score()
    {
        var earlier = BoardRanking.SortKey(new BoardEntry(1, "a", 10_000, At));
        var later = BoardRanking.SortKey(new BoardEntry(2, "b", 10_000, At.AddSeconds(1)));

        Assert.True(earlier > later);
        Assert.True(earlier < 1L << 53, "the key must stay an exact integer in a double");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_000.1)]
    [InlineData(double.NaN)]
    public void A_score_outside_0_to_10000_is_refused(double score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BoardRanking.SortKey(new BoardEntry(1, "a", score, At)));
}
