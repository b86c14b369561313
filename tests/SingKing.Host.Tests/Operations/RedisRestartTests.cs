using System.Net;
using System.Text.Json;
using SingKing.Host.Tests.Accounts;
using SingKing.Host.Tests.Karaoke;
using SingKing.Storage;
using SingKing.Storage.Tests.Leaderboards;

namespace SingKing.Host.Tests.Operations;

/// <summary>
/// A host whose boards live on a real redis-server, restarted while a singer is mid-take: Redis comes back empty (it
/// persists nothing here), as after a crash without a snapshot.
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class RedisRestartTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly RedisServer _redis = new();

    public async Task InitializeAsync() => await _redis.InitializeAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task Singing_goes_on_while_Redis_restarts_the_take_is_saved_and_the_board_is_rebuilt_with_every_take()
    {
        await using var host = new AccountsHost(new Dictionary<string, string?> { [StorageExtensions.LeaderboardRedisKey] = _redis.Endpoint });
        using var http = host.Factory.CreateClient();
        var earlierName = "먼저" + Guid.NewGuid().ToString("N")[..6];
        using var earlier = host.NewClient();
        await earlier.SignUpNewAsync(displayName: earlierName);
        await using (var connection = await earlier.ConnectAsync())
            Assert.True((await AccountClient.SingAsync(connection, SongTakes.SingTwinkle(), SongTakes.TwinkleId)).Save?.Saved);
        var boardBefore = await earlier.GetJsonAsync($"/api/boards?kind=song&songId={SongTakes.TwinkleId}");
        var redisErrorsBefore = PrometheusText.Sum(await PrometheusText.ScrapeAsync(http), "singking_storage_redis_errors_total") ?? 0;

        var singerName = "도중" + Guid.NewGuid().ToString("N")[..6];
        using var singer = host.NewClient();
        await singer.SignUpNewAsync(displayName: singerName);
        await using var live = await singer.ConnectAsync();
        HttpResponseMessage? boardWhileDown = null;
        var (answered, chunkCount, answeredWhileDown, summary) = await SingingAcrossRedisRestart.SingAsync(
            live, _redis, http, Patience,
            whileDown: async () => boardWhileDown = await http.GetAsync($"/api/boards?kind=song&songId={SongTakes.TwinkleId}"));
        var redisErrorsDown = PrometheusText.Sum(await PrometheusText.ScrapeAsync(http), "singking_storage_redis_errors_total") ?? 0;
        await HealthProbe.WaitForReadyAsync(http, HttpStatusCode.OK, Patience, "the host to reconnect to Redis after it started again");
        var boardAfter = await singer.GetJsonAsync($"/api/boards?kind=song&songId={SongTakes.TwinkleId}");

        Assert.Equal(1, boardBefore.GetProperty("count").GetInt32());
        Assert.True(answeredWhileDown > 100, $"only {answeredWhileDown} chunks were sent while Redis was down");
        Assert.Equal(Enumerable.Range(0, chunkCount).Select(s => (long)s), answered.Select(r => r.Sequence));
        Assert.All(answered, r => Assert.False(r.Duplicate));
        Assert.Empty(summary.MissingChunks);
        Assert.True(summary.Save?.Saved, summary.Save?.Error);
        Assert.NotNull(await host.Factory.Services.GetTakeStore().GetAsync(summary.TakeId, CancellationToken.None));
        // Reading a board needs Redis: while it is down the page gets an error, not a wrong (empty) board.
        Assert.NotNull(boardWhileDown);
        Assert.False(boardWhileDown.IsSuccessStatusCode, $"the board answered {(int)boardWhileDown.StatusCode} while Redis was down");
        Assert.True(redisErrorsDown > redisErrorsBefore, $"Redis errors counted: {redisErrorsBefore} before the stop, {redisErrorsDown} after");
        // Redis came back empty; the board is rebuilt from the database with the take sung before and the one sung across the restart.
        var rows = boardAfter.GetProperty("top").EnumerateArray().ToDictionary(r => r.GetProperty("displayName").GetString()!, r => r.GetProperty("score").GetDouble());
        Assert.Equal(2, boardAfter.GetProperty("count").GetInt32());
        Assert.Equal((int)Math.Round(summary.Report!.Total), rows[singerName]);
        Assert.True(rows.ContainsKey(earlierName), JsonSerializer.Serialize(boardAfter));
    }
}
