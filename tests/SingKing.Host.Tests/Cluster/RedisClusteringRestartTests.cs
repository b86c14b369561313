using System.Net;
using SingKing.Host.Extensions;
using SingKing.Host.Tests.Accounts;
using SingKing.Host.Tests.Karaoke;
using SingKing.Host.Tests.Operations;
using SingKing.Storage;
using SingKing.Storage.Tests.Leaderboards;

namespace SingKing.Host.Tests.Cluster;

/// <summary>
/// The production profile's Redis restarted mid-take: a host clustered on it (membership, reminders) with its boards
/// there too. The Redis logs every write to disk, as the compose file's does, so it comes back with the cluster's
/// membership table.
/// </summary>
public sealed class RedisClusteringRestartTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly RedisServer _redis = new() { AppendOnly = true };

    public async Task InitializeAsync() => await _redis.InitializeAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task A_clustered_host_keeps_singing_through_a_Redis_restart_and_its_silo_stays_in_the_cluster()
    {
        var endpoint = $"127.0.0.1:{_redis.Port}";
        var clusterId = "restart-" + Guid.NewGuid().ToString("N")[..8];
        await using var host = new AccountsHost(new Dictionary<string, string?>
        {
            ["Orleans:Clustering"] = "Redis",
            [OrleansExtensions.RedisKey] = endpoint,
            ["Orleans:AdvertisedAddress"] = "127.0.0.1",
            ["Orleans:ClusterId"] = clusterId,
            [StorageExtensions.LeaderboardRedisKey] = endpoint,
        });
        using var http = host.Factory.CreateClient();
        await HealthProbe.WaitForReadyAsync(http, HttpStatusCode.OK, Patience, "the clustered host to be ready");
        using var singer = host.NewClient();
        await singer.SignUpNewAsync(displayName: "재시작" + Guid.NewGuid().ToString("N")[..6]);
        await using var live = await singer.ConnectAsync();
        var (answered, chunkCount, answeredWhileDown, summary) = await SingingAcrossRedisRestart.SingAsync(live, _redis, http, Patience);
        await HealthProbe.WaitForReadyAsync(http, HttpStatusCode.OK, Patience, "the host to be ready again once Redis is back");

        // After the restart the silo is still a member: a new take (a new grain call through the cluster) is sung and saved.
        var again = await AccountClient.SingAsync(live, SongTakes.SingTwinkle(), SongTakes.TwinkleId);

        Assert.True(answeredWhileDown > 100, $"only {answeredWhileDown} chunks were sent while Redis was down");
        Assert.Equal(Enumerable.Range(0, chunkCount).Select(s => (long)s), answered.Select(r => r.Sequence));
        Assert.All(answered, r => Assert.False(r.Duplicate));
        Assert.Empty(summary.MissingChunks);
        Assert.True(summary.Save?.Saved, summary.Save?.Error);
        Assert.True(again.Save?.Saved, again.Save?.Error);
        // The cluster's membership table came back with Redis.
        var keys = _redis.Connection.GetServer(IPAddress.Loopback, _redis.Port).Keys(pattern: "*").Select(k => k.ToString()).ToList();
        Assert.Contains(keys, key => key.Contains(clusterId, StringComparison.Ordinal));
    }
}
