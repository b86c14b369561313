namespace SingKing.Storage.Takes;

/// <summary>Finished takes, and the history and ranking queries over them.</summary>
public interface ITakeStore
{
    /// <summary>
    /// Stores the take, or replaces the stored take with the same id, so saving again after a failure whose outcome
    /// is unknown cannot duplicate it.
    /// </summary>
    /// <exception cref="StorageUnavailableException">The database is unreachable; the save may be retried (see <see cref="TakeSaver"/>).</exception>
    /// <exception cref="StorageConflictException">The singer or song does not exist, or a score is out of range.</exception>
    Task SaveAsync(Take take, CancellationToken cancellationToken);

    /// <summary>The take with <paramref name="id"/>, or null. Callers check <see cref="Take.SingerId"/> before showing it.</summary>
    Task<Take?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>The singer's takes, newest first, skipping <paramref name="offset"/> and returning at most <paramref name="limit"/>.</summary>
    Task<TakePage> ListBySingerAsync(long singerId, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>The singer's takes of one song, newest first: the first is the latest, the second the previous take.</summary>
    Task<IReadOnlyList<Take>> ListBySingerAndSongAsync(long singerId, string songId, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// The scores of the singer's complete, scored takes, oldest first, for a progress chart: of one song, or of every
    /// song when <paramref name="songId"/> is null; at most <paramref name="limit"/>, the most recent ones.
    /// </summary>
    Task<IReadOnlyList<ScorePoint>> ScoreHistoryAsync(long singerId, string? songId, int limit, CancellationToken cancellationToken);

    /// <summary>The singer's best complete, scored take of every song they sang, best score first.</summary>
    Task<IReadOnlyList<SongBest>> BestPerSongAsync(long singerId, CancellationToken cancellationToken);

    /// <summary>
    /// Each singer's best complete, scored take ending in [<paramref name="from"/>, <paramref name="to"/>), best first:
    /// the weekly board. <paramref name="songId"/> limits it to one song; null ranks every song together.
    /// </summary>
    Task<IReadOnlyList<LeaderboardEntry>> LeaderboardAsync(string? songId, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken);

    /// <summary>Deletes the singer's take and its diagnoses; false when the singer has no take with that id.</summary>
    Task<bool> DeleteAsync(long singerId, string id, CancellationToken cancellationToken);
}
