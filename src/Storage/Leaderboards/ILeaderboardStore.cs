namespace SingKing.Storage.Leaderboards;

/// <summary>
/// Leaderboards: each singer's best take per board, ranked by score, ties to the earlier take. Redis sorted sets in
/// production (<see cref="RedisLeaderboardStore"/>), memory when no Redis is configured
/// (<see cref="InMemoryLeaderboardStore"/>); both are rebuilt from the database's takes when they lose their data.
/// </summary>
public interface ILeaderboardStore
{
    /// <summary>Offers a take to a board: it replaces the singer's entry only if it ranks higher. True when it did.</summary>
    Task<bool> OfferAsync(BoardId board, BoardEntry entry, CancellationToken cancellationToken);

    /// <summary>The first <paramref name="count"/> entries, best first.</summary>
    Task<IReadOnlyList<RankedEntry>> TopAsync(BoardId board, int count, CancellationToken cancellationToken);

    /// <summary>The singer's entry with its rank, or null when they are not on the board.</summary>
    Task<RankedEntry?> RankOfAsync(BoardId board, long singerId, CancellationToken cancellationToken);

    /// <summary>How many singers are on the board.</summary>
    Task<long> CountAsync(BoardId board, CancellationToken cancellationToken);

    /// <summary>Replaces the whole board with the best of <paramref name="entries"/> per singer (a rebuild from the database).</summary>
    Task ReplaceAsync(BoardId board, IEnumerable<BoardEntry> entries, CancellationToken cancellationToken);
}
