namespace SingKing.Storage.Songs;

/// <summary>One song of the catalogue, as stored (the chart and audio stay in the song library's files).</summary>
public sealed record CatalogSong
{
    /// <summary>The song library's id: the folder name of a bundled song, generated for an upload (at most 64 characters).</summary>
    public string Id { get; init; } = "";

    /// <summary><c>#TITLE</c>.</summary>
    public string Title { get; init; } = "";

    /// <summary><c>#ARTIST</c>.</summary>
    public string Artist { get; init; } = "";

    /// <summary><c>#LANGUAGE</c>, or null.</summary>
    public string? Language { get; init; }

    /// <summary><c>ballad</c>, <c>dance</c>, <c>rock</c> or <c>trot</c>, or null.</summary>
    public string? Style { get; init; }

    /// <summary><c>easy</c>, <c>medium</c> or <c>hard</c>, or null.</summary>
    public string? Difficulty { get; init; }

    /// <summary>Length of the song in seconds.</summary>
    public double DurationSeconds { get; init; }

    /// <summary>Bundled or uploaded.</summary>
    public SongSource Source { get; init; }

    /// <summary>The singer who uploaded it; null for bundled songs and after that singer is deleted.</summary>
    public long? UploadedBy { get; init; }

    /// <summary>When the song entered the catalogue (UTC).</summary>
    public DateTimeOffset AddedAt { get; init; }
}
