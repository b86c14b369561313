using SingKing.Host.Hubs;
using SingKing.Host.Tests.Karaoke;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests;

/// <summary>
/// On a real Kestrel server a WebSocket that dies without a close handshake reaches the hub as a clean close does (no
/// exception): the in-process test server cannot show this, so these tests run the host on a real socket. The take
/// must still wait for its page to come back.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class RealServerDropTests : IAsyncLifetime
{
    private readonly SingKingHostFactory _host = new();
    private Uri _address = null!;

    public Task InitializeAsync()
    {
        _address = _host.StartOnKestrel();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_socket_cut_mid_song_on_a_real_server_leaves_the_take_to_resume_and_it_is_saved_complete()
    {
        var singerId = HostFixture.NewSingerId();
        var chunks = SyntheticVoice.Chunks(SongTakes.SingTwinkle());
        var first = await SingerClient.ConnectAsync(_address, singerId);
        var takeId = (await first.StartSessionAsync(new StartSessionRequest { SampleRate = 16_000, SongId = SongTakes.TwinkleId })).TakeId;
        for (var i = 0; i < 200; i++)
            await first.SendChunkAsync(i, chunks[i]);

        await first.DropAsync();
        // The server has seen the socket die before anyone comes back, so the take's fate is its own decision.
        await _host.WaitUntilWaitingForResumeAsync(takeId);
        await using var second = await SingerClient.ConnectAsync(_address, singerId);
        var (resumed, summary) = await second.ResumeAndFinishAsync(takeId, chunks);

        Assert.Equal((takeId, 200L), (resumed.TakeId, resumed.NextSequence));
        Assert.Empty(summary.MissingChunks);
        var take = TakeOnDisk.Load(_host.TakeFolder(singerId, takeId));
        Assert.Equal("complete", take.Status);
        Assert.Equal(SongTakes.SingTwinkle().Length, take.SamplesInFile);
    }

    [Fact]
    public async Task A_connection_closed_mid_take_on_a_real_server_can_be_resumed_too()
    {
        var singerId = HostFixture.NewSingerId();
        var chunks = SyntheticVoice.Chunks(SyntheticVoice.Melody(("A3", 1.0)));
        var first = await SingerClient.ConnectAsync(_address, singerId);
        var takeId = (await first.StartSessionAsync()).TakeId;
        for (var i = 0; i < 20; i++)
            await first.SendChunkAsync(i, chunks[i]);

        await first.DisposeAsync();
        await _host.WaitUntilWaitingForResumeAsync(takeId);
        await using var second = await SingerClient.ConnectAsync(_address, singerId);
        var (resumed, summary) = await second.ResumeAndFinishAsync(takeId, chunks);

        Assert.Equal(20L, resumed.NextSequence);
        Assert.Equal(1.0, summary.DurationSeconds, 6);
        Assert.Equal("complete", TakeOnDisk.Load(_host.TakeFolder(singerId, takeId)).Status);
    }
}
