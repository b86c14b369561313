namespace SingKing.Storage.Takes;

/// <summary>One singer's line on a leaderboard.</summary>
public sealed record LeaderboardEntry
{
    /// <summary>1 for the best; of equal scores, the one reached first ranks higher.</summary>
    public int Rank { get; init; }

    /// <summary>The singer.</summary>
    public long SingerId { get; init; }

    /// <summary>Their display name.</summary>
    public string DisplayName { get; init; } = "";

    /// <summary>Their level.</summary>
    public int Level { get; init; }

    /// <summary>Their best take in the window.</summary>
    public string TakeId { get; init; } = "";

    /// <summary>The song of that take.</summary>
    public string SongId { get; init; } = "";

    /// <summary>Its score, 0–10000.</summary>
    public int TotalScore { get; init; }

    /// <summary>When it ended (UTC).</summary>
    public DateTimeOffset EndedAt { get; init; }
}
