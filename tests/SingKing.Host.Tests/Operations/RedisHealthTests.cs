using System.Net;
using SingKing.Host.Tests.Accounts;
using SingKing.Storage;
using SingKing.Storage.Tests.Leaderboards;

namespace SingKing.Host.Tests.Operations;

/// <summary>A host keeping its boards on a real redis-server, which is stopped and started again under it.</summary>
public sealed class RedisHealthTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly RedisServer _redis = new();

    public async Task InitializeAsync() => await _redis.InitializeAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task Ready_is_503_naming_Redis_while_it_is_stopped_and_200_again_once_it_is_back()
    {
        await using var host = new AccountsHost(new Dictionary<string, string?> { [StorageExtensions.LeaderboardRedisKey] = _redis.Endpoint });
        using var http = host.Factory.CreateClient();
        var before = await HealthProbe.GetAsync(http, "/health/ready");

        await _redis.StopAsync();
        var down = await HealthProbe.WaitForReadyAsync(http, HttpStatusCode.ServiceUnavailable, Patience, "the host to notice that Redis stopped");
        var live = await HealthProbe.GetAsync(http, "/health/live");
        await _redis.StartAsync();
        var back = await HealthProbe.WaitForReadyAsync(http, HttpStatusCode.OK, Patience, "the host to reconnect to Redis after it started again");

        Assert.True(before.Status == HttpStatusCode.OK, before.ToString());
        Assert.Equal("Healthy", before.Checks["redis"].Status);
        var (status, reason) = down.Checks["redis"];
        Assert.Equal("Unhealthy", status);
        Assert.Contains($"127.0.0.1:{_redis.Port}", reason);
        Assert.Contains("PING", reason);
        Assert.Equal("Healthy", down.Checks["database"].Status);
        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.Equal("Healthy", back.Checks["redis"].Status);
    }
}
