using SingKing.Storage.Leaderboards;

namespace SingKing.Storage.Tests.Leaderboards;

public sealed class BoardWeeksTests
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    [Fact]
    public void Sunday_23_59_in_Seoul_is_still_the_week_that_began_on_Monday()
    {
        var week = BoardWeeks.WeekOf(new DateTimeOffset(2026, 11, 29, 23, 59, 59, Kst), BoardWeeks.Seoul);

        Assert.Equal(new DateOnly(2026, 11, 23), week);
    }

    [Fact]
    public void Monday_00_00_in_Seoul_starts_a_new_week_even_though_it_is_Sunday_in_UTC()
    {
        var mondayInSeoul = new DateTimeOffset(2026, 11, 29, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 11, 30), BoardWeeks.WeekOf(mondayInSeoul, BoardWeeks.Seoul));
        Assert.Equal(new DateOnly(2026, 11, 23), BoardWeeks.WeekOf(mondayInSeoul, TimeZoneInfo.Utc));
    }

    [Fact]
    public void A_week_spans_seven_days_from_Monday_midnight_in_its_zone()
    {
        var (from, to) = BoardWeeks.Span(new DateOnly(2026, 11, 23), BoardWeeks.Seoul);

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 15, 0, 0, TimeSpan.Zero), from.ToUniversalTime());
        Assert.Equal(TimeSpan.FromDays(7), to - from);
    }
}
