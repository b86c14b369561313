using SingKing.Host.Accounts;

namespace SingKing.Host.Tests.Accounts;

/// <summary>The documented experience rule and level thresholds.</summary>
public sealed class ExperienceRulesTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(99, 1)]
    [InlineData(100, 2)]
    [InlineData(299, 2)]
    [InlineData(300, 3)]
    [InlineData(600, 4)]
    [InlineData(999, 4)]
    [InlineData(1000, 5)]
    [InlineData(1500, 6)]
    [InlineData(4500, 10)]
    public void Levels_start_at_50_n_times_n_minus_1_points(long points, int level) =>
        Assert.Equal(level, ExperienceRules.LevelForPoints(points));

    [Theory]
    [InlineData(30, 10_000, 60)]
    [InlineData(30, 8_150, 50)]
    [InlineData(30, 199, 10)]
    [InlineData(30, null, 10)]
    [InlineData(4.9, 9_000, 0)]
    public void A_take_earns_10_points_and_one_per_200_of_its_score_when_it_lasts_5_seconds(double seconds, int? score, int points) =>
        Assert.Equal(points, ExperienceRules.PointsForTake(seconds, score));

    [Fact]
    public void No_level_is_reached_with_fewer_points_than_the_one_before_it()
    {
        for (var level = 2; level <= ExperienceRules.MaxLevel; level++)
            Assert.True(ExperienceRules.PointsForLevel(level) > ExperienceRules.PointsForLevel(level - 1));
    }
}
