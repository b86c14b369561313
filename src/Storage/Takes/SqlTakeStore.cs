using Dapper;

namespace SingKing.Storage.Takes;

/// <summary>Takes in SQLite or MariaDB.</summary>
public sealed class SqlTakeStore(StorageDatabase database) : ITakeStore
{
    private static readonly string[] UpdatedColumns =
    [
        "singer_id", "song_id", "difficulty", "started_at", "ended_at", "duration_seconds", "status", "total_score",
        "pitch_accuracy", "rhythm_accuracy", "lyrics_accuracy", "report_json", "audio_path", "latency_ms",
    ];

    private const string SelectTake =
        """
        SELECT id               AS Id,
               singer_id        AS SingerId,
               song_id          AS SongId,
               difficulty       AS Difficulty,
               started_at       AS StartedAt,
               ended_at         AS EndedAt,
               duration_seconds AS DurationSeconds,
               status           AS Status,
               total_score      AS TotalScore,
               pitch_accuracy   AS PitchAccuracy,
               rhythm_accuracy  AS RhythmAccuracy,
               lyrics_accuracy  AS LyricsAccuracy,
               report_json      AS ReportJson,
               audio_path       AS AudioPath,
               latency_ms       AS LatencyMs
        FROM takes
        """;

    /// <inheritdoc />
    public Task SaveAsync(Take take, CancellationToken cancellationToken) =>
        database.RunAsync(
            connection => connection.ExecuteAsync(StorageDatabase.Command(
                $"""
                INSERT INTO takes (id, singer_id, song_id, difficulty, started_at, ended_at, duration_seconds, status,
                                   total_score, pitch_accuracy, rhythm_accuracy, lyrics_accuracy, report_json, audio_path, latency_ms)
                VALUES (@Id, @SingerId, @SongId, @Difficulty, @StartedAt, @EndedAt, @DurationSeconds, @Status,
                        @TotalScore, @PitchAccuracy, @RhythmAccuracy, @LyricsAccuracy, @ReportJson, @AudioPath, @LatencyMs)
                {database.Provider.UpsertClause("id", UpdatedColumns)};
                """,
                new
                {
                    take.Id,
                    take.SingerId,
                    take.SongId,
                    take.Difficulty,
                    take.StartedAt,
                    take.EndedAt,
                    take.DurationSeconds,
                    Status = take.Status == TakeOutcome.Complete ? "complete" : "abandoned",
                    take.TotalScore,
                    take.PitchAccuracy,
                    take.RhythmAccuracy,
                    take.LyricsAccuracy,
                    take.ReportJson,
                    take.AudioPath,
                    take.LatencyMs,
                },
                cancellationToken)),
            cancellationToken);

    /// <inheritdoc />
    public Task<Take?> GetAsync(string id, CancellationToken cancellationToken) =>
        database.RunAsync(
            connection => connection.QuerySingleOrDefaultAsync<Take>(StorageDatabase.Command(
                $"{SelectTake} WHERE id = @id;", new { id }, cancellationToken)),
            cancellationToken);

    /// <inheritdoc />
    public Task<TakePage> ListBySingerAsync(long singerId, int offset, int limit, CancellationToken cancellationToken) =>
        database.RunAsync(
            async connection =>
            {
                var takes = await connection.QueryAsync<Take>(StorageDatabase.Command(
                    $"""
                    {SelectTake}
                    WHERE singer_id = @singerId
                    ORDER BY started_at DESC, id DESC
                    LIMIT @limit OFFSET @offset;
                    """,
                    new { singerId, limit = PageLimits.Limit(limit), offset = PageLimits.Offset(offset) },
                    cancellationToken));
                var total = await connection.ExecuteScalarAsync<int>(StorageDatabase.Command(
                    "SELECT COUNT(*) FROM takes WHERE singer_id = @singerId;", new { singerId }, cancellationToken));
                return new TakePage(takes.AsList(), total);
            },
            cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Take>> ListBySingerAndSongAsync(long singerId, string songId, int limit, CancellationToken cancellationToken) =>
        (await database.RunAsync(
            connection => connection.QueryAsync<Take>(StorageDatabase.Command(
                $"""
                {SelectTake}
                WHERE singer_id = @singerId AND song_id = @songId
                ORDER BY started_at DESC, id DESC
                LIMIT @limit;
                """,
                new { singerId, songId, limit = PageLimits.Limit(limit) },
                cancellationToken)),
            cancellationToken)).AsList();

    /// <inheritdoc />
    public async Task<IReadOnlyList<ScorePoint>> ScoreHistoryAsync(long singerId, string? songId, int limit, CancellationToken cancellationToken)
    {
        var newestFirst = await database.RunAsync(
            connection => connection.QueryAsync<ScorePoint>(StorageDatabase.Command(
                """
                SELECT id AS TakeId, song_id AS SongId, ended_at AS EndedAt, total_score AS TotalScore
                FROM takes
                WHERE singer_id = @singerId AND song_id IS NOT NULL AND (@songId IS NULL OR song_id = @songId)
                  AND status = 'complete' AND total_score IS NOT NULL
                ORDER BY ended_at DESC, id DESC
                LIMIT @limit;
                """,
                new { singerId, songId, limit = PageLimits.Limit(limit) },
                cancellationToken)),
            cancellationToken);
        return newestFirst.Reverse().ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SongBest>> BestPerSongAsync(long singerId, CancellationToken cancellationToken) =>
        (await database.RunAsync(
            connection => connection.QueryAsync<SongBest>(StorageDatabase.Command(
                """
                SELECT song_id AS SongId, id AS TakeId, total_score AS TotalScore, ended_at AS EndedAt, take_count AS TakeCount
                FROM (
                    SELECT id, song_id, total_score, ended_at,
                           ROW_NUMBER() OVER (PARTITION BY song_id ORDER BY total_score DESC, ended_at, id) AS place,
                           COUNT(*) OVER (PARTITION BY song_id) AS take_count
                    FROM takes
                    WHERE singer_id = @singerId AND song_id IS NOT NULL
                      AND status = 'complete' AND total_score IS NOT NULL
                ) ranked
                WHERE place = 1
                ORDER BY total_score DESC, ended_at, song_id;
                """,
                new { singerId },
                cancellationToken)),
            cancellationToken)).AsList();

    /// <inheritdoc />
    public async Task<IReadOnlyList<LeaderboardEntry>> LeaderboardAsync(
        string? songId, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken)
    {
        var entries = (await database.RunAsync(
            connection => connection.QueryAsync<LeaderboardEntry>(StorageDatabase.Command(
                """
                SELECT best.singer_id AS SingerId, s.display_name AS DisplayName, s.level AS Level,
                       best.id AS TakeId, best.song_id AS SongId, best.total_score AS TotalScore, best.ended_at AS EndedAt
                FROM (
                    SELECT id, singer_id, song_id, total_score, ended_at,
                           ROW_NUMBER() OVER (PARTITION BY singer_id ORDER BY total_score DESC, ended_at, id) AS place
                    FROM takes
                    WHERE song_id IS NOT NULL AND (@songId IS NULL OR song_id = @songId)
                      AND status = 'complete' AND total_score IS NOT NULL
                      AND ended_at >= @from AND ended_at < @to
                ) best
                JOIN singers s ON s.id = best.singer_id
                WHERE best.place = 1
                ORDER BY best.total_score DESC, best.ended_at, best.singer_id
                LIMIT @limit;
                """,
                new { songId, from, to, limit = PageLimits.Limit(limit) },
                cancellationToken)),
            cancellationToken)).AsList();
        return entries.Select((entry, index) => entry with { Rank = index + 1 }).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(long singerId, string id, CancellationToken cancellationToken) =>
        await database.RunAsync(
            connection => connection.ExecuteAsync(StorageDatabase.Command(
                "DELETE FROM takes WHERE id = @id AND singer_id = @singerId;", new { id, singerId }, cancellationToken)),
            cancellationToken) > 0;
}
