using SingKing.Storage.Takes;

namespace SingKing.Host.Takes;

/// <summary>One take of <c>GET /api/takes</c>: what the history list shows, with links to the report and the replay.</summary>
/// <param name="Id">The take id.</param>
/// <param name="SongId">The song sung, or null for free singing.</param>
/// <param name="SongTitle">The song's title while it is in the library, or null.</param>
/// <param name="Difficulty"><c>easy</c>, <c>medium</c>, <c>hard</c>, or null.</param>
/// <param name="StartedAt">When the take began (UTC).</param>
/// <param name="EndedAt">When it ended (UTC).</param>
/// <param name="DurationSeconds">Audio sung, in seconds.</param>
/// <param name="Status"><c>complete</c> or <c>abandoned</c>.</param>
/// <param name="TotalScore">0–10 000, or null when not scored.</param>
/// <param name="Pitch">Pitch score 0–1, or null.</param>
/// <param name="Rhythm">Rhythm score 0–1, or null.</param>
/// <param name="Lyrics">Lyric delivery 0–1, or null.</param>
/// <param name="LatencyMs">The latency the take was sung with, in milliseconds, or null.</param>
/// <param name="ReportUrl">Where the full report is served, or null when the take has none.</param>
/// <param name="AudioUrl">Where the replay is served, or null: only takes sung to a song, which have a report, keep one.</param>
public sealed record TakeHistoryEntry(
    string Id,
    string? SongId,
    string? SongTitle,
    string? Difficulty,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    double DurationSeconds,
    string Status,
    int? TotalScore,
    double? Pitch,
    double? Rhythm,
    double? Lyrics,
    double? LatencyMs,
    string? ReportUrl,
    string? AudioUrl)
{
    /// <summary>The entry for <paramref name="take"/>, with the song's current title.</summary>
    public static TakeHistoryEntry From(Take take, string? songTitle) => new(
        take.Id,
        take.SongId,
        songTitle,
        take.Difficulty,
        take.StartedAt,
        take.EndedAt,
        take.DurationSeconds,
        take.Status == TakeOutcome.Complete ? "complete" : "abandoned",
        take.TotalScore,
        take.PitchAccuracy,
        take.RhythmAccuracy,
        take.LyricsAccuracy,
        take.LatencyMs,
        take.ReportJson is null ? null : $"{TakeEndpoints.Prefix}/{take.Id}/report",
        take.ReportJson is null ? null : $"{TakeEndpoints.Prefix}/{take.Id}/audio");
}
