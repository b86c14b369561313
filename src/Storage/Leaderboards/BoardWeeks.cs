namespace SingKing.Storage.Leaderboards;

/// <summary>Weeks of the weekly boards: Monday 00:00 to the next Monday 00:00 in the boards' time zone (Asia/Seoul by default).</summary>
public static class BoardWeeks
{
    /// <summary>Korea Standard Time, where most singers live.</summary>
    public static TimeZoneInfo Seoul { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    /// <summary>The Monday (a local date in <paramref name="zone"/>) that starts the week holding <paramref name="at"/>.</summary>
    public static DateOnly WeekOf(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        var sinceMonday = ((int)local.DayOfWeek + 6) % 7;
        return local.AddDays(-sinceMonday);
    }

    /// <summary>When the week starting on <paramref name="monday"/> begins and ends (exclusive), as instants.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Span(DateOnly monday, TimeZoneInfo zone) =>
        (Start(monday, zone), Start(monday.AddDays(7), zone));

    private static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
