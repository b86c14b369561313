using Microsoft.Extensions.Options;
using SingKing.Grains.Battles;
using SingKing.Host.Boards;
using SingKing.Storage.Battles;
using SingKing.Storage.Leaderboards;
using SingKing.Storage.Singers;

namespace SingKing.Host.Battles;

/// <summary>
/// Fixes battle winners. A battle's board is its song's weekly board of the battle week, so its winner is that board's
/// leader when the week has ended (rebuilt from the database first if the store lost it); a board nobody entered
/// closes with no winner. Everything due is read from the database, and a result is written only once.
/// </summary>
public sealed partial class BattleCloser(
    IBattleStore battles,
    Leaderboard leaderboard,
    ISingerStore singers,
    IOptions<BattleOptions> options,
    TimeProvider clock,
    ILogger<BattleCloser> logger) : IBattleClosing
{
    private TimeSpan Grace => options.Value.CloseGrace;

    /// <summary>The Monday of the latest week whose battles are due at <paramref name="now"/>.</summary>
    public DateOnly LastDueWeek(DateTimeOffset now) => BoardWeeks.WeekOf(now - Grace, leaderboard.Zone).AddDays(-7);

    /// <inheritdoc />
    public DateTimeOffset NextDeadline(DateTimeOffset now) =>
        BoardWeeks.Span(BoardWeeks.WeekOf(now - Grace, leaderboard.Zone), leaderboard.Zone).To + Grace;

    /// <inheritdoc />
    public async Task<int> CloseDueAsync(CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var week in await battles.UnclosedWeeksAsync(LastDueWeek(clock.GetUtcNow()), cancellationToken))
        {
            var results = await battles.ResultsAsync(week, cancellationToken);
            foreach (var song in await battles.SongsAsync(week, cancellationToken))
            {
                if (results.Any(r => r.SongId == song.SongId))
                    continue;
                if (await battles.FixResultAsync(await ResultOfAsync(week, song.SongId, cancellationToken), cancellationToken))
                    written++;
            }
        }

        return written;
    }

    private async Task<BattleResult> ResultOfAsync(DateOnly week, string songId, CancellationToken cancellationToken)
    {
        var fixedAt = clock.GetUtcNow();
        if (await leaderboard.LeaderAsync(BoardId.SongWeek(songId, week), cancellationToken) is not { } leader)
        {
            LogNoEntries(week, songId);
            return BattleResult.NoEntries(week, songId, fixedAt);
        }

        var singer = await singers.GetAsync(leader.SingerId, cancellationToken);
        var score = (int)Math.Round(leader.Score);
        LogWinner(week, songId, leader.SingerId, score);
        // An account deleted since its take entered still won; its name is kept as the board showed it.
        return new BattleResult(week, songId, singer?.Id, singer?.DisplayName ?? "", score, leader.EndedAt, fixedAt);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Battle {Week:yyyy-MM-dd} {SongId}: account {AccountId} wins with {Score}")]
    private partial void LogWinner(DateOnly week, string songId, long accountId, int score);

    [LoggerMessage(Level = LogLevel.Information, Message = "Battle {Week:yyyy-MM-dd} {SongId}: nobody entered")]
    private partial void LogNoEntries(DateOnly week, string songId);
}
