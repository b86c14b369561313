using SingKing.Storage.Leaderboards;

namespace SingKing.Storage.Tests.Leaderboards;

public sealed class RedisLeaderboardContractTests(RedisServer redis) : LeaderboardContractTests, IClassFixture<RedisServer>
{
    protected override ILeaderboardStore Store { get; } = new RedisLeaderboardStore(redis.Connection);

    [Fact]
    public async Task After_Redis_loses_its_data_a_rebuild_from_the_same_takes_gives_the_same_ranking()
    {
        var board = BoardId.GlobalWeek(new DateOnly(2026, 11, 23));
        BoardEntry[] takes = [Take(1, "a", 7000, 1), Take(2, "b", 9100, 2), Take(1, "c", 8200, 3), Take(3, "d", 9100, 0)];
        foreach (var take in takes)
            await Store.OfferAsync(board, take, default);
        var before = await Store.TopAsync(board, 10, default);

        await redis.FlushAsync();
        var lost = await Store.CountAsync(board, default);
        await Store.ReplaceAsync(board, takes, default);
        var after = await Store.TopAsync(board, 10, default);

        Assert.Equal(0, lost);
        Assert.Equal(before, after);
        Assert.Equal(["d", "b", "c"], after.Select(r => r.Entry.TakeId));
    }

    [Fact]
    public async Task Two_hosts_share_one_board()
    {
        var board = BoardId.Song("shared-" + Guid.NewGuid().ToString("N")[..6]);
        await using var other = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var otherHost = new RedisLeaderboardStore(other);

        await Store.OfferAsync(board, Take(1, "here", 5000, 0), default);
        await otherHost.OfferAsync(board, Take(2, "there", 6000, 0), default);

        Assert.Equal(["there", "here"], (await Store.TopAsync(board, 10, default)).Select(r => r.Entry.TakeId));
    }
}
