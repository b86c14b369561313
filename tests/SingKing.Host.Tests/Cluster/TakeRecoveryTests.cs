using Microsoft.AspNetCore.SignalR;
using SingKing.Host.Hubs;
using SingKing.Host.Tests.Karaoke;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Cluster;

/// <summary>
/// A take outlives the host that held its session: a fresh host over the same data folder carries it on from its
/// files when the singer's client resumes, and the ended take is the take an unbroken connection would have made.
/// </summary>
public sealed class TakeRecoveryTests : IAsyncLifetime
{
    // Chunks from here on carry a song clock mark 50 ms ahead of take time, as after audio lost in the capture: the
    // recovered take must replay the correction at the same place.
    private const int FirstMarkedChunk = 100;
    private const double MarkAheadSeconds = 0.05;

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "singking-recovery-" + Guid.NewGuid().ToString("N"));
    private readonly List<SingKingHostFactory> _hosts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
            await host.DisposeAsync();
        if (Directory.Exists(_dataPath))
            Directory.Delete(_dataPath, recursive: true);
    }

    [Fact]
    public async Task A_take_whose_host_went_away_is_resumed_on_a_fresh_host_and_ends_equal_to_an_unbroken_take()
    {
        var chunks = SyntheticVoice.Chunks(SongTakes.SingTwinkle());
        var first = NewHost();
        var singerId = HostFixture.NewSingerId();
        var takeId = await SingUntilTheHostGoesAsync(first, singerId, chunks, sent: 300);

        var second = NewHost();
        await using var resumedClient = await SingerClient.ConnectAsync(second, singerId);
        var resumed = await resumedClient.ResumeSessionAsync(takeId);
        // The client kept every chunk it had not seen acknowledged; it sends them again from where the files stop.
        for (var i = (int)resumed.NextSequence; i < chunks.Count; i++)
            await SendAsync(resumedClient, chunks, i);
        var recovered = await resumedClient.EndSessionAsync();

        var unbrokenSinger = HostFixture.NewSingerId();
        await using var unbrokenClient = await SingerClient.ConnectAsync(second, unbrokenSinger);
        var unbrokenTake = (await unbrokenClient.StartSessionAsync(new StartSessionRequest { SampleRate = 16_000, SongId = SongTakes.TwinkleId })).TakeId;
        for (var i = 0; i < chunks.Count; i++)
            await SendAsync(unbrokenClient, chunks, i);
        var unbroken = await unbrokenClient.EndSessionAsync();

        Assert.Equal((takeId, 300L), (resumed.TakeId, resumed.NextSequence));
        Assert.Empty(recovered.MissingChunks);
        var recoveredFiles = TakeOnDisk.Load(second.TakeFolder(singerId, takeId));
        var unbrokenFiles = TakeOnDisk.Load(second.TakeFolder(unbrokenSinger, unbrokenTake));
        Assert.Equal("complete", recoveredFiles.Status);
        Assert.Equal(SongTakes.SingTwinkle().Length, recoveredFiles.SamplesInFile);
        Assert.Equal(unbrokenFiles.PitchLines, recoveredFiles.PitchLines);
        Assert.Equal(unbroken.FrameCount, recovered.FrameCount);
        Assert.Equal(unbroken.Karaoke!.Score, recovered.Karaoke!.Score);
        Assert.Equal(unbroken.Karaoke.NotesHit, recovered.Karaoke.NotesHit);
        Assert.Equal(unbroken.Report!.Total, recovered.Report!.Total);
        Assert.Contains(second.Logs.Entries, e => e.Message.Contains($"take {takeId} recovered from its files: 300 chunks replayed"));
    }

    [Fact]
    public async Task A_chunk_sent_to_a_session_that_lost_its_take_with_its_host_asks_the_client_to_resume()
    {
        var chunks = SyntheticVoice.Chunks(SyntheticVoice.Melody(("A3", 1.0)));
        var singerId = HostFixture.NewSingerId();
        var takeId = await SingUntilTheHostGoesAsync(NewHost(), singerId, chunks, sent: 10);
        await using var client = await SingerClient.ConnectAsync(NewHost(), singerId);

        var error = await Assert.ThrowsAsync<HubException>(() => client.SendChunkAsync(10, chunks[10]));

        Assert.Contains($"[SessionHostLost] The host that held take \"{takeId}\" went away. Call resumeSession", error.Message);
        Assert.Equal(10, (await client.ResumeSessionAsync(takeId)).NextSequence);
    }

    [Fact]
    public async Task Another_singer_cannot_carry_on_a_take_left_by_a_lost_host()
    {
        var chunks = SyntheticVoice.Chunks(SyntheticVoice.Melody(("A3", 0.5)));
        var takeId = await SingUntilTheHostGoesAsync(NewHost(), HostFixture.NewSingerId(), chunks, sent: 5);
        await using var stranger = await SingerClient.ConnectAsync(NewHost(), HostFixture.NewSingerId());

        var error = await Assert.ThrowsAsync<HubException>(() => stranger.ResumeSessionAsync(takeId));

        Assert.Contains("[NoResumableTake]", error.Message);
    }

    [Fact]
    public async Task A_take_left_longer_than_the_resume_window_is_closed_as_abandoned_instead_of_carried_on()
    {
        var chunks = SyntheticVoice.Chunks(SyntheticVoice.Melody(("A3", 0.5)));
        var singerId = HostFixture.NewSingerId();
        var takeId = await SingUntilTheHostGoesAsync(NewHost(), singerId, chunks, sent: 5);
        // Starting a host takes far longer than a millisecond, so the take is older than this window.
        var strict = NewHost(new Dictionary<string, string?> { ["SingKing:Sessions:ResumeWindow"] = "00:00:00.001" });
        await using var client = await SingerClient.ConnectAsync(strict, singerId);

        var error = await Assert.ThrowsAsync<HubException>(() => client.ResumeSessionAsync(takeId));

        Assert.Contains("[NoResumableTake]", error.Message);
        var take = TakeOnDisk.Load(strict.TakeFolder(singerId, takeId));
        Assert.Equal(("abandoned", 5 * 640), (take.Status, take.SamplesInFile));
        // An ended take is never opened again, by any host.
        Assert.Contains("[NoResumableTake]", (await Assert.ThrowsAsync<HubException>(() => client.ResumeSessionAsync(takeId))).Message);
    }

    [Fact]
    public async Task A_new_take_closes_one_a_lost_host_left_open_as_abandoned_with_its_frames()
    {
        var chunks = SyntheticVoice.Chunks(SyntheticVoice.Melody(("A3", 1.0)));
        var singerId = HostFixture.NewSingerId();
        var oldTake = await SingUntilTheHostGoesAsync(NewHost(), singerId, chunks, sent: 20);
        var second = NewHost();
        await using var client = await SingerClient.ConnectAsync(second, singerId);

        var started = await client.StartSessionAsync();

        Assert.NotEqual(oldTake, started.TakeId);
        var left = TakeOnDisk.Load(second.TakeFolder(singerId, oldTake));
        Assert.Equal(("abandoned", 20 * 640), (left.Status, left.SamplesInFile));
        // 0.8 s of A3 at a 10 ms hop, with the tracker's last frames flushed as the take closed.
        Assert.Equal(80, left.PitchRows.Count);
        Assert.Equal(80, left.Record.GetProperty("frameCount").GetInt64());
    }

    private SingKingHostFactory NewHost(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = new SingKingHostFactory(_dataPath, "recovery-" + Guid.NewGuid().ToString("N"), primarySiloPort: null)
        {
            KeepsData = true,
            Settings = settings ?? new Dictionary<string, string?>(),
        };
        _hosts.Add(host);
        return host;
    }

    // Starts a take sung to the song on host, sends the first chunks, then loses the connection and the host: the
    // connection drops first (as the network to a dying host does), then the host shuts down with the take open.
    private static async Task<string> SingUntilTheHostGoesAsync(SingKingHostFactory host, string singerId, List<byte[]> chunks, int sent)
    {
        var client = await SingerClient.ConnectAsync(host, singerId);
        var takeId = (await client.StartSessionAsync(new StartSessionRequest { SampleRate = 16_000, SongId = SongTakes.TwinkleId })).TakeId;
        for (var i = 0; i < sent; i++)
            await SendAsync(client, chunks, i);
        await client.DropAsync();
        await client.DisposeAsync();
        await host.DisposeAsync();
        return takeId;
    }

    private static Task<ChunkResult> SendAsync(SingerClient client, List<byte[]> chunks, int sequence) =>
        sequence < FirstMarkedChunk
            ? client.SendChunkAsync(sequence, chunks[sequence])
            : client.SendSongChunkAsync(sequence, chunks[sequence], sequence * SyntheticVoice.ChunkSamples / (double)SyntheticVoice.SampleRate + MarkAheadSeconds);
}
