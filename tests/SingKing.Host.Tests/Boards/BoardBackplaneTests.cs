using SingKing.Host.Tests.Accounts;
using SingKing.Host.Tests.Karaoke;
using SingKing.Storage;
using SingKing.Storage.Tests.Leaderboards;

namespace SingKing.Host.Tests.Boards;

/// <summary>
/// Two hosts sharing one real redis-server for their boards: a take saved on one host is pushed to a page watching the
/// board on the other, through the SignalR Redis backplane.
/// </summary>
public sealed class BoardBackplaneTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private AccountsHost _singerHost = null!;
    private AccountsHost _watcherHost = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        var settings = new Dictionary<string, string?> { [StorageExtensions.LeaderboardRedisKey] = _redis.Endpoint };
        _singerHost = new AccountsHost(settings);
        _watcherHost = new AccountsHost(settings);
        _ = _singerHost.Factory.Server;
        _ = _watcherHost.Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await _watcherHost.DisposeAsync();
        await _singerHost.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_take_saved_on_one_host_is_pushed_to_a_page_watching_on_another()
    {
        await using var watcher = await BoardWatcher.ConnectAsync(_watcherHost.Factory);
        var key = await watcher.WatchAsync("song", SongTakes.TwinkleId);
        using var singer = _singerHost.NewClient();
        await singer.SignUpNewAsync();
        await using var connection = await singer.ConnectAsync();

        var summary = await AccountClient.SingAsync(connection, SongTakes.SingTwinkle(), SongTakes.TwinkleId);

        Assert.True(summary.Save?.Saved);
        Assert.Equal(key, await watcher.NextChangeAsync(key, TimeSpan.FromSeconds(30)));
    }
}
