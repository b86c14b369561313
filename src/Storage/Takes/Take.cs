namespace SingKing.Storage.Takes;

/// <summary>A finished take as stored: who sang what, when, how it scored, and where its audio is.</summary>
public sealed record Take
{
    /// <summary>The session's take id (at most 64 characters); saving the same id again replaces the row, so a retried save never duplicates a take.</summary>
    public string Id { get; init; } = "";

    /// <summary>Who sang.</summary>
    public long SingerId { get; init; }

    /// <summary>The catalogue song sung to, or null for free singing (live pitch, range test) or after the song was removed.</summary>
    public string? SongId { get; init; }

    /// <summary>The chart difficulty sung (<c>easy</c>, <c>medium</c>, <c>hard</c>), or null without a song.</summary>
    public string? Difficulty { get; init; }

    /// <summary>When the take was opened (UTC).</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>When it ended (UTC).</summary>
    public DateTimeOffset EndedAt { get; init; }

    /// <summary>Length of the recorded audio in seconds.</summary>
    public double DurationSeconds { get; init; }

    /// <summary>Complete or abandoned.</summary>
    public TakeOutcome Status { get; init; }

    /// <summary>The take's score, 0–10000, or null when it was not scored (no song, or abandoned before any note).</summary>
    public int? TotalScore { get; init; }

    /// <summary>Share of notes sung in tune, 0–1, or null.</summary>
    public double? PitchAccuracy { get; init; }

    /// <summary>Share of notes started on time, 0–1, or null.</summary>
    public double? RhythmAccuracy { get; init; }

    /// <summary>Share of lyrics sung, 0–1, or null when the take was not judged on lyrics.</summary>
    public double? LyricsAccuracy { get; init; }

    /// <summary>The take's report (per-phrase and per-note results) as JSON text, or null.</summary>
    public string? ReportJson { get; init; }

    /// <summary>Where the take's audio.wav is, relative to the app's data folder, or null when it was not kept.</summary>
    public string? AudioPath { get; init; }

    /// <summary>The output-to-input latency the take was sung with, in milliseconds, or null when none was set.</summary>
    public double? LatencyMs { get; init; }
}
