using System.Globalization;

namespace SingKing.Storage.Leaderboards;

/// <summary>Names one board: its kind, its song (per-song boards) and its week (weekly boards).</summary>
/// <param name="Kind">What the board ranks.</param>
/// <param name="SongId">The song, for per-song boards; null for the global board.</param>
/// <param name="Week">The Monday that starts the week, in the boards' time zone, for weekly boards; null otherwise.</param>
public sealed record BoardId(BoardKind Kind, string? SongId, DateOnly? Week)
{
    /// <summary>The all-time board of <paramref name="songId"/>.</summary>
    public static BoardId Song(string songId) => new(BoardKind.SongAllTime, songId, null);

    /// <summary>The board of <paramref name="songId"/> in the week starting <paramref name="week"/>.</summary>
    public static BoardId SongWeek(string songId, DateOnly week) => new(BoardKind.SongWeekly, songId, week);

    /// <summary>The board of every song in the week starting <paramref name="week"/>.</summary>
    public static BoardId GlobalWeek(DateOnly week) => new(BoardKind.GlobalWeekly, null, week);

    /// <summary>The board's key, e.g. <c>board:song:arirang:week:2026-11-23</c>; Redis stores it under this name.</summary>
    public string Key => Kind switch
    {
        BoardKind.SongAllTime => $"board:song:{SongId}",
        BoardKind.SongWeekly => $"board:song:{SongId}:week:{Week!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
        _ => $"board:global:week:{Week!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
    };
}
