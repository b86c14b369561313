using System.Globalization;
using Dapper;

namespace SingKing.Storage.Battles;

/// <summary>The weekly battle in SQLite or MariaDB. Weeks are stored as their Monday's <c>yyyy-MM-dd</c>, which sorts in time order.</summary>
public sealed class SqlBattleStore(StorageDatabase database) : IBattleStore
{
    private const string WeekFormat = "yyyy-MM-dd";

    /// <inheritdoc />
    public Task SetSongsAsync(DateOnly week, IReadOnlyList<string> songIds, long? chosenBy, DateTimeOffset chosenAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(songIds);
        var weekStart = Text(week);
        return database.InTransactionAsync(
            async (connection, transaction) =>
            {
                // Read inside the write transaction (and locked on MariaDB), so a close cannot slip in between.
                var fixedResults = await connection.ExecuteScalarAsync<long>(StorageDatabase.Command(
                    $"SELECT COUNT(*) FROM battle_results WHERE week_start = @weekStart {database.Provider.ForUpdate};",
                    new { weekStart },
                    cancellationToken,
                    transaction));
                if (fixedResults > 0)
                    throw new BattleWeekClosedException(week);

                await connection.ExecuteAsync(StorageDatabase.Command(
                    "DELETE FROM battle_songs WHERE week_start = @weekStart;", new { weekStart }, cancellationToken, transaction));
                for (var i = 0; i < songIds.Count; i++)
                {
                    await connection.ExecuteAsync(StorageDatabase.Command(
                        """
                        INSERT INTO battle_songs (week_start, slot, song_id, chosen_by, chosen_at)
                        VALUES (@weekStart, @slot, @songId, @chosenBy, @chosenAt);
                        """,
                        new { weekStart, slot = i + 1, songId = songIds[i], chosenBy, chosenAt },
                        cancellationToken,
                        transaction));
                }

                return 0;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BattleSong>> SongsAsync(DateOnly week, CancellationToken cancellationToken)
    {
        var rows = await database.RunAsync(
            connection => connection.QueryAsync<SongRow>(StorageDatabase.Command(
                """
                SELECT week_start AS WeekStart, slot AS Slot, song_id AS SongId, chosen_by AS ChosenBy, chosen_at AS ChosenAt
                FROM battle_songs
                WHERE week_start = @weekStart
                ORDER BY slot;
                """,
                new { weekStart = Text(week) },
                cancellationToken)),
            cancellationToken);
        return [.. rows.Select(r => new BattleSong(Week(r.WeekStart), r.Slot, r.SongId, r.ChosenBy, r.ChosenAt))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BattleResult>> ResultsAsync(DateOnly week, CancellationToken cancellationToken)
    {
        var rows = await database.RunAsync(
            connection => connection.QueryAsync<ResultRow>(StorageDatabase.Command(
                """
                SELECT r.week_start AS WeekStart, r.song_id AS SongId, r.winner_singer_id AS WinnerSingerId,
                       r.winner_display_name AS WinnerDisplayName, r.score AS Score, r.take_ended_at AS TakeEndedAt,
                       r.fixed_at AS FixedAt
                FROM battle_results r
                JOIN battle_songs s ON s.week_start = r.week_start AND s.song_id = r.song_id
                WHERE r.week_start = @weekStart
                ORDER BY s.slot;
                """,
                new { weekStart = Text(week) },
                cancellationToken)),
            cancellationToken);
        return [.. rows.Select(r => new BattleResult(Week(r.WeekStart), r.SongId, r.WinnerSingerId, r.WinnerDisplayName, r.Score, r.TakeEndedAt, r.FixedAt))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DateOnly>> UnclosedWeeksAsync(DateOnly lastWeek, CancellationToken cancellationToken)
    {
        var weeks = await database.RunAsync(
            connection => connection.QueryAsync<string>(StorageDatabase.Command(
                """
                SELECT DISTINCT s.week_start
                FROM battle_songs s
                LEFT JOIN battle_results r ON r.week_start = s.week_start AND r.song_id = s.song_id
                WHERE r.song_id IS NULL AND s.week_start <= @lastWeek
                ORDER BY s.week_start;
                """,
                new { lastWeek = Text(lastWeek) },
                cancellationToken)),
            cancellationToken);
        return [.. weeks.Select(Week)];
    }

    /// <inheritdoc />
    public async Task<bool> FixResultAsync(BattleResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        try
        {
            await database.RunAsync(
                connection => connection.ExecuteAsync(StorageDatabase.Command(
                    """
                    INSERT INTO battle_results (week_start, song_id, winner_singer_id, winner_display_name, score, take_ended_at, fixed_at)
                    VALUES (@weekStart, @SongId, @WinnerSingerId, @WinnerDisplayName, @Score, @TakeEndedAt, @FixedAt);
                    """,
                    new
                    {
                        weekStart = Text(result.Week),
                        result.SongId,
                        result.WinnerSingerId,
                        result.WinnerDisplayName,
                        result.Score,
                        result.TakeEndedAt,
                        result.FixedAt,
                    },
                    cancellationToken)),
                cancellationToken);
            return true;
        }
        catch (StorageConflictException exception) when (exception.Conflict == StorageConflict.Duplicate)
        {
            // Fixed already, by this host earlier or by another: the first result stands.
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DateOnly>> PastWeeksAsync(DateOnly before, int offset, int limit, CancellationToken cancellationToken)
    {
        var weeks = await database.RunAsync(
            connection => connection.QueryAsync<string>(StorageDatabase.Command(
                """
                SELECT DISTINCT week_start
                FROM battle_songs
                WHERE week_start < @before
                ORDER BY week_start DESC
                LIMIT @limit OFFSET @offset;
                """,
                new { before = Text(before), limit = PageLimits.Limit(limit), offset = PageLimits.Offset(offset) },
                cancellationToken)),
            cancellationToken);
        return [.. weeks.Select(Week)];
    }

    /// <inheritdoc />
    public Task<int> CountPastWeeksAsync(DateOnly before, CancellationToken cancellationToken) =>
        database.RunAsync(
            async connection => (int)await connection.ExecuteScalarAsync<long>(StorageDatabase.Command(
                "SELECT COUNT(DISTINCT week_start) FROM battle_songs WHERE week_start < @before;",
                new { before = Text(before) },
                cancellationToken)),
            cancellationToken);

    private static string Text(DateOnly week) => week.ToString(WeekFormat, CultureInfo.InvariantCulture);

    private static DateOnly Week(string text) => DateOnly.ParseExact(text, WeekFormat, CultureInfo.InvariantCulture);

    private sealed class SongRow
    {
        public string WeekStart { get; init; } = "";

        public int Slot { get; init; }

        public string SongId { get; init; } = "";

        public long? ChosenBy { get; init; }

        public DateTimeOffset ChosenAt { get; init; }
    }

    private sealed class ResultRow
    {
        public string WeekStart { get; init; } = "";

        public string SongId { get; init; } = "";

        public long? WinnerSingerId { get; init; }

        public string? WinnerDisplayName { get; init; }

        public int? Score { get; init; }

        public DateTimeOffset? TakeEndedAt { get; init; }

        public DateTimeOffset FixedAt { get; init; }
    }
}
