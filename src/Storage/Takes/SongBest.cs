namespace SingKing.Storage.Takes;

/// <summary>A singer's best scored take of one song.</summary>
public sealed record SongBest
{
    /// <summary>The song.</summary>
    public string SongId { get; init; } = "";

    /// <summary>The take that scored best (the earliest of equal scores).</summary>
    public string TakeId { get; init; } = "";

    /// <summary>Its score, 0–10000.</summary>
    public int TotalScore { get; init; }

    /// <summary>When that take ended (UTC).</summary>
    public DateTimeOffset EndedAt { get; init; }

    /// <summary>How many complete, scored takes of the song the singer has.</summary>
    public int TakeCount { get; init; }
}
