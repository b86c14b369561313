namespace SingKing.Host.Takes;

/// <summary><c>GET /api/takes/weekly</c>: each singer's best complete take in the current week, best first.</summary>
/// <param name="From">Start of the week: Monday 00:00 Korea time (UTC+9), as a UTC time.</param>
/// <param name="To">Start of the next week.</param>
/// <param name="SongId">The song the board is limited to, or null for every song together.</param>
/// <param name="Entries">The board.</param>
public sealed record WeeklyBoard(DateTimeOffset From, DateTimeOffset To, string? SongId, IReadOnlyList<WeeklyRankEntry> Entries)
{
    /// <summary>The week's offset from UTC: the product's singers are in Korea, which has no daylight saving time.</summary>
    public static readonly TimeSpan WeekZoneOffset = TimeSpan.FromHours(9);

    /// <summary>The week that holds <paramref name="now"/>: from Monday 00:00 UTC+9 to the next Monday 00:00.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) WeekOf(DateTimeOffset now)
    {
        var local = now.ToOffset(WeekZoneOffset);
        var daysSinceMonday = ((int)local.DayOfWeek + 6) % 7;
        var monday = new DateTimeOffset(local.Date.AddDays(-daysSinceMonday), WeekZoneOffset);
        return (monday.ToUniversalTime(), monday.AddDays(7).ToUniversalTime());
    }
}
