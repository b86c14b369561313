namespace SingKing.Storage.Battles;

/// <summary>The weekly battle's songs and fixed results. A week is named by its Monday in the boards' time zone.</summary>
public interface IBattleStore
{
    /// <summary>
    /// Makes <paramref name="songIds"/> the week's battle songs, in slot order 1, 2, 3…, replacing any chosen before.
    /// </summary>
    /// <exception cref="BattleWeekClosedException">A result of the week is already fixed.</exception>
    /// <exception cref="StorageConflictException">A song id repeats, or <paramref name="chosenBy"/> is not an account.</exception>
    Task SetSongsAsync(DateOnly week, IReadOnlyList<string> songIds, long? chosenBy, DateTimeOffset chosenAt, CancellationToken cancellationToken);

    /// <summary>The week's battle songs in slot order; empty when none were chosen.</summary>
    Task<IReadOnlyList<BattleSong>> SongsAsync(DateOnly week, CancellationToken cancellationToken);

    /// <summary>The week's fixed results; empty while the week is open.</summary>
    Task<IReadOnlyList<BattleResult>> ResultsAsync(DateOnly week, CancellationToken cancellationToken);

    /// <summary>Weeks up to and including <paramref name="lastWeek"/> that have a battle song without a result, oldest first.</summary>
    Task<IReadOnlyList<DateOnly>> UnclosedWeeksAsync(DateOnly lastWeek, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a battle's result unless one is already there, and says whether it did: a result is fixed once, so a
    /// second close (another host, a repeated tick) changes nothing.
    /// </summary>
    /// <exception cref="StorageConflictException">The week has no such battle song.</exception>
    Task<bool> FixResultAsync(BattleResult result, CancellationToken cancellationToken);

    /// <summary>Weeks before <paramref name="before"/> that had battle songs, newest first, paged.</summary>
    Task<IReadOnlyList<DateOnly>> PastWeeksAsync(DateOnly before, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>How many weeks before <paramref name="before"/> had battle songs.</summary>
    Task<int> CountPastWeeksAsync(DateOnly before, CancellationToken cancellationToken);
}
