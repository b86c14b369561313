using System.Globalization;
using System.Text.Json;
using StackExchange.Redis;

namespace SingKing.Storage.Leaderboards;

/// <summary>
/// Boards as Redis sorted sets, shared by every host: the set <c>board:…</c> ranks singer ids by
/// <see cref="BoardRanking.SortKey"/>, and the hash <c>board:…:entries</c> holds each singer's entry. A take replaces
/// the singer's entry atomically (one Lua script), and only when it ranks higher. Every call that fails on Redis is
/// counted in <see cref="StorageMetrics"/> when given, and rethrown.
/// </summary>
public sealed class RedisLeaderboardStore(IConnectionMultiplexer redis, StorageMetrics? metrics = null) : ILeaderboardStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string OfferScript = """
        local current = redis.call('ZSCORE', KEYS[1], ARGV[1])
        if current and tonumber(current) >= tonumber(ARGV[2]) then return 0 end
        redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
        redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
        return 1
        """;

    private IDatabase Database => redis.GetDatabase();

    /// <inheritdoc />
    public Task<bool> OfferAsync(BoardId board, BoardEntry entry, CancellationToken cancellationToken) =>
        CountedAsync("offer", () => OfferCoreAsync(board, entry));

    /// <inheritdoc />
    public Task<IReadOnlyList<RankedEntry>> TopAsync(BoardId board, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return CountedAsync("top", () => TopCoreAsync(board, count));
    }

    /// <inheritdoc />
    public Task<RankedEntry?> RankOfAsync(BoardId board, long singerId, CancellationToken cancellationToken) =>
        CountedAsync("rank", () => RankOfCoreAsync(board, singerId));

    /// <inheritdoc />
    public Task<long> CountAsync(BoardId board, CancellationToken cancellationToken) =>
        CountedAsync("count", () => Database.SortedSetLengthAsync(board.Key));

    /// <inheritdoc />
    public Task ReplaceAsync(BoardId board, IEnumerable<BoardEntry> entries, CancellationToken cancellationToken) =>
        CountedAsync("replace", async () =>
        {
            await ReplaceCoreAsync(board, entries);
            return true;
        });

    private async Task<T> CountedAsync<T>(string operation, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Counted here, where every leaderboard call to Redis passes; the caller decides what the failure means.
            metrics?.RedisFailed(operation);
            throw;
        }
    }

    private async Task<bool> OfferCoreAsync(BoardId board, BoardEntry entry)
    {
        var key = BoardRanking.SortKey(entry);
        var result = await Database.ScriptEvaluateAsync(
            OfferScript,
            [board.Key, EntriesKey(board)],
            [Member(entry.SingerId), key.ToString("R", CultureInfo.InvariantCulture), JsonSerializer.Serialize(entry, Json)]);
        return (long)result == 1;
    }

    private async Task<IReadOnlyList<RankedEntry>> TopCoreAsync(BoardId board, int count)
    {
        var members = await Database.SortedSetRangeByRankAsync(board.Key, 0, count - 1, Order.Descending);
        if (members.Length == 0)
            return [];
        var entries = await Database.HashGetAsync(EntriesKey(board), members);
        var ranked = new List<RankedEntry>(members.Length);
        for (var i = 0; i < members.Length; i++)
        {
            if (entries[i].HasValue)
                ranked.Add(new RankedEntry(i + 1, Read(entries[i])));
        }

        return ranked;
    }

    private async Task<RankedEntry?> RankOfCoreAsync(BoardId board, long singerId)
    {
        var rank = await Database.SortedSetRankAsync(board.Key, Member(singerId), Order.Descending);
        if (rank is null)
            return null;
        var entry = await Database.HashGetAsync(EntriesKey(board), Member(singerId));
        return entry.HasValue ? new RankedEntry((int)rank.Value + 1, Read(entry)) : null;
    }

    private async Task ReplaceCoreAsync(BoardId board, IEnumerable<BoardEntry> entries)
    {
        var best = InMemoryLeaderboardStore.BestPerSinger(entries).Values.ToList();
        var transaction = Database.CreateTransaction();
        _ = transaction.KeyDeleteAsync([board.Key, EntriesKey(board)]);
        if (best.Count > 0)
        {
            _ = transaction.SortedSetAddAsync(board.Key, [.. best.Select(e => new SortedSetEntry(Member(e.SingerId), BoardRanking.SortKey(e)))]);
            _ = transaction.HashSetAsync(EntriesKey(board), [.. best.Select(e => new HashEntry(Member(e.SingerId), JsonSerializer.Serialize(e, Json)))]);
        }

        if (!await transaction.ExecuteAsync())
            throw new InvalidOperationException($"Redis did not apply the rebuild of {board.Key}.");
    }

    private static RedisKey EntriesKey(BoardId board) => board.Key + ":entries";

    private static RedisValue Member(long singerId) => singerId.ToString(CultureInfo.InvariantCulture);

    private static BoardEntry Read(RedisValue value) =>
        JsonSerializer.Deserialize<BoardEntry>((string)value!, Json) ?? throw new InvalidDataException("A board entry in Redis is empty.");
}
