namespace SingKing.Storage.Leaderboards;

/// <summary>
/// Boards kept in this process's memory, for a single host without Redis (the embedded default). They are lost with
/// the process and rebuilt from the database's takes at start-up, like Redis boards after a flush.
/// </summary>
public sealed class InMemoryLeaderboardStore : ILeaderboardStore
{
    private readonly Dictionary<string, Dictionary<long, BoardEntry>> _boards = [];
    private readonly Lock _lock = new();

    /// <inheritdoc />
    public Task<bool> OfferAsync(BoardId board, BoardEntry entry, CancellationToken cancellationToken)
    {
        var key = BoardRanking.SortKey(entry);
        lock (_lock)
        {
            var entries = Board(board);
            if (entries.TryGetValue(entry.SingerId, out var current) && BoardRanking.SortKey(current) >= key)
                return Task.FromResult(false);
            entries[entry.SingerId] = entry;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RankedEntry>> TopAsync(BoardId board, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_lock)
        {
            IReadOnlyList<RankedEntry> top = [.. Ranked(Board(board)).Take(count).Select((e, i) => new RankedEntry(i + 1, e))];
            return Task.FromResult(top);
        }
    }

    /// <inheritdoc />
    public Task<RankedEntry?> RankOfAsync(BoardId board, long singerId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var ranked = Ranked(Board(board)).ToList();
            var index = ranked.FindIndex(e => e.SingerId == singerId);
            return Task.FromResult(index < 0 ? null : new RankedEntry(index + 1, ranked[index]));
        }
    }

    /// <inheritdoc />
    public Task<long> CountAsync(BoardId board, CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult((long)Board(board).Count);
    }

    /// <inheritdoc />
    public Task ReplaceAsync(BoardId board, IEnumerable<BoardEntry> entries, CancellationToken cancellationToken)
    {
        var best = BestPerSinger(entries);
        lock (_lock)
            _boards[board.Key] = best;
        return Task.CompletedTask;
    }

    /// <summary>The best entry of each singer among <paramref name="entries"/>.</summary>
    internal static Dictionary<long, BoardEntry> BestPerSinger(IEnumerable<BoardEntry> entries) =>
        entries.GroupBy(e => e.SingerId).ToDictionary(g => g.Key, g => g.MaxBy(BoardRanking.SortKey)!);

    private Dictionary<long, BoardEntry> Board(BoardId board)
    {
        if (!_boards.TryGetValue(board.Key, out var entries))
            _boards[board.Key] = entries = [];
        return entries;
    }

    // Equal sort keys fall back to the member's text, as a Redis sorted set orders them, so both stores rank alike.
    private static IEnumerable<BoardEntry> Ranked(Dictionary<long, BoardEntry> entries) =>
        entries.Values
            .OrderByDescending(BoardRanking.SortKey)
            .ThenByDescending(e => e.SingerId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
