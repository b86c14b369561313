namespace SingKing.Storage.Takes;

/// <summary>One point of a progress chart: a scored take's score at the time it ended.</summary>
public sealed record ScorePoint
{
    /// <summary>The take.</summary>
    public string TakeId { get; init; } = "";

    /// <summary>The song sung.</summary>
    public string SongId { get; init; } = "";

    /// <summary>When the take ended (UTC).</summary>
    public DateTimeOffset EndedAt { get; init; }

    /// <summary>Its score, 0–10000.</summary>
    public int TotalScore { get; init; }
}
