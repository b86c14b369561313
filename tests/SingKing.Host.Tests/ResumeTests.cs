using Microsoft.AspNetCore.SignalR;
using SingKing.Host.Hubs;
using SingKing.Host.Tests.Karaoke;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests;

/// <summary>
/// A connection that drops mid-take (no close handshake, as when a phone changes networks) leaves its take open, and
/// a new connection of the same singer carries it on from the first chunk the session did not accept. The client keeps
/// the chunks it has not seen acknowledged and sends them again.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ResumeTests(HostFixture host)
{
    [Fact]
    public async Task A_take_cut_off_mid_song_and_resumed_is_saved_complete_and_scores_like_an_unbroken_one()
    {
        var singerId = HostFixture.NewSingerId();
        var chunks = SyntheticVoice.Chunks(SongTakes.SingTwinkle());
        var first = await SingerClient.ConnectAsync(host, singerId);
        var takeId = (await first.StartSessionAsync(new StartSessionRequest { SampleRate = 16_000, SongId = SongTakes.TwinkleId })).TakeId;
        for (var i = 0; i < 300; i++)
            await first.SendChunkAsync(i, chunks[i]);

        await first.DropAsync();
        await using var second = await SingerClient.ConnectAsync(host, singerId);
        // Everything the client still holds is sent again from where the session stopped accepting.
        var (resumed, summary) = await second.ResumeAndFinishAsync(takeId, chunks);

        Assert.Equal((takeId, 300L), (resumed.TakeId, resumed.NextSequence));
        Assert.Empty(summary.MissingChunks);
        var take = TakeOnDisk.Load(host.Factory.TakeFolder(singerId, takeId));
        Assert.Equal("complete", take.Status);
        Assert.Equal(SongTakes.SingTwinkle().Length, take.SamplesInFile);
        Assert.True(summary.Report!.Total >= 8000, $"total {summary.Report.Total}");
    }

    [Fact]
    public async Task Chunks_the_old_connection_sent_but_never_saw_acknowledged_are_taken_once()
    {
        var singerId = HostFixture.NewSingerId();
        var chunks = SyntheticVoice.Chunks(SyntheticVoice.Melody(("A3", 1.0)));
        var first = await SingerClient.ConnectAsync(host, singerId);
        var takeId = (await first.StartSessionAsync()).TakeId;
        for (var i = 0; i < 10; i++)
            await first.SendChunkAsync(i, chunks[i]);
        await first.DropAsync();
        await using var second = await SingerClient.ConnectAsync(host, singerId);
        await second.ResumeSessionAsync(takeId);

        // The client resends from its last acknowledged chunk it is unsure of: chunk 8 and 9 arrived already.
        var again = await second.SendChunkAsync(8, chunks[8]);
        for (var i = 10; i < chunks.Count; i++)
            await second.SendChunkAsync(i, chunks[i]);
        var summary = await second.EndSessionAsync();

        Assert.True(again.Duplicate);
        Assert.Equal(1.0, summary.DurationSeconds, 6);
    }

    [Fact]
    public async Task The_dropped_connection_cannot_send_after_the_take_moved_on()
    {
        var singerId = HostFixture.NewSingerId();
        var chunks = SyntheticVoice.Chunks(SyntheticVoice.Melody(("A3", 0.5)));
        await using var first = await SingerClient.ConnectAsync(host, singerId);
        var takeId = (await first.StartSessionAsync()).TakeId;
        await first.SendChunkAsync(0, chunks[0]);
        await using var second = await SingerClient.ConnectAsync(host, singerId);

        // The new connection takes the take over even before the server noticed the old one was gone.
        await second.ResumeSessionAsync(takeId);
        var error = await Assert.ThrowsAsync<HubException>(() => first.SendChunkAsync(1, chunks[1]));

        Assert.Contains("[NoActiveSession]", error.Message);
        Assert.False((await second.SendChunkAsync(1, chunks[1])).Duplicate);
    }

    [Fact]
    public async Task Resuming_a_take_that_is_not_open_is_a_NoResumableTake_error()
    {
        var singerId = HostFixture.NewSingerId();
        await using var singer = await SingerClient.ConnectAsync(host, singerId);
        var takeId = (await singer.StartSessionAsync()).TakeId;
        await singer.SendChunkAsync(0, SyntheticVoice.Chunks(SyntheticVoice.Melody(("A3", 0.2)))[0]);
        await singer.EndSessionAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => singer.ResumeSessionAsync(takeId));

        Assert.StartsWith("[NoResumableTake] ", error.Message[error.Message.IndexOf('[')..]);
    }

    [Fact]
    public async Task Another_singer_cannot_resume_a_take_that_is_not_theirs()
    {
        var owner = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());
        var takeId = (await owner.StartSessionAsync()).TakeId;
        await owner.DropAsync();
        await using var stranger = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());

        var error = await Assert.ThrowsAsync<HubException>(() => stranger.ResumeSessionAsync(takeId));

        Assert.Contains("[NoResumableTake]", error.Message);
    }

    [Fact]
    public async Task A_new_take_replaces_one_whose_connection_dropped_and_the_old_one_is_saved_as_abandoned()
    {
        var singerId = HostFixture.NewSingerId();
        var chunks = SyntheticVoice.Chunks(SyntheticVoice.Melody(("A3", 0.5)));
        var first = await SingerClient.ConnectAsync(host, singerId);
        var oldTake = (await first.StartSessionAsync()).TakeId;
        await first.SendChunkAsync(0, chunks[0]);
        await first.DropAsync();
        await using var second = await SingerClient.ConnectAsync(host, singerId);

        var started = await second.StartSessionAsync();

        Assert.NotEqual(oldTake, started.TakeId);
        Assert.Equal("abandoned", TakeOnDisk.Load(host.Factory.TakeFolder(singerId, oldTake)).Status);
    }
}
