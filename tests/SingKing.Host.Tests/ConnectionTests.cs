using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using SingKing.Grains.Takes;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class ConnectionTests(HostFixture host)
{
    private static readonly short[] Voice = SyntheticVoice.Sing((220, 1.0));

    [Fact]
    public async Task A_connection_closed_mid_take_leaves_the_take_open_for_a_new_connection_to_carry_on()
    {
        var singerId = HostFixture.NewSingerId();
        var chunks = SyntheticVoice.Chunks(Voice);
        var first = await SingerClient.ConnectAsync(host, singerId);
        var takeId = (await first.StartSessionAsync()).TakeId;
        var kept = new List<long>();
        for (var s = 0; s < 10; s++)
            kept.Add((await first.SendChunkAsync(s, chunks[s])).KeptThrough);

        // A close with the handshake: a real server reports a socket that simply died the same way.
        await first.DisposeAsync();
        await host.Factory.WaitUntilWaitingForResumeAsync(takeId);

        // Each answer says how far the audio is on disk, a few chunks behind; once the connection is gone, all of it is,
        // in case the host goes away before the singer is back.
        Assert.Equal([-1, -1, -1, -1, -1, -1, 6, 6, 6, 6], kept);
        Assert.Equal(10, (await TakeFiles.ReadChunksAsync(host.Factory.TakeFolder(singerId, takeId), CancellationToken.None)).Count);
        await using var second = await SingerClient.ConnectAsync(host, singerId);
        var (resumed, summary) = await second.ResumeAndFinishAsync(takeId, chunks);

        Assert.Equal(10L, resumed.NextSequence);
        Assert.Equal(1.0, summary.DurationSeconds, 6);
        Assert.Equal("complete", TakeOnDisk.Load(host.Factory.TakeFolder(singerId, takeId)).Status);
    }

    [Fact]
    public async Task A_new_take_replaces_one_whose_connection_closed_at_once_and_the_old_one_is_abandoned_with_complete_files()
    {
        var singerId = HostFixture.NewSingerId();
        var first = await SingerClient.ConnectAsync(host, singerId);
        var oldTake = (await first.StartSessionAsync()).TakeId;
        var chunks = SyntheticVoice.Chunks(Voice);
        long liveFrames = 0;
        for (var s = 0; s < chunks.Count; s++)
            liveFrames += (await first.SendChunkAsync(s, chunks[s])).FrequencyHz.Length;
        await first.DisposeAsync();
        await host.Factory.WaitUntilWaitingForResumeAsync(oldTake);
        await using var second = await SingerClient.ConnectAsync(host, singerId);

        // Well inside the resume window: the singer need not wait for it to pass.
        var started = await second.StartSessionAsync();
        await second.EndSessionAsync();

        Assert.NotEqual(oldTake, started.TakeId);
        var take = TakeOnDisk.Load(host.Factory.TakeFolder(singerId, oldTake));
        Assert.Equal("abandoned", take.Status);
        Assert.Equal(Voice.Length, take.SamplesInFile);
        Assert.Equal((uint)Voice.Length * 2, take.DataSize);
        Assert.Equal(take.DataSize + 36, take.RiffSize);
        Assert.True(take.PitchRows.Count > liveFrames, "The tracker's last frames are flushed into pitch.csv.");
        Assert.Equal(take.PitchRows.Count, take.Record.GetProperty("frameCount").GetInt64());
        Assert.True(take.Record.GetProperty("endedUtc").ValueKind != System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task A_singer_can_sing_a_second_take_on_the_same_connection_after_ending_the_first()
    {
        var chunks = SyntheticVoice.Chunks(Voice);
        await using var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());
        var first = await singer.StartSessionAsync();
        await singer.SendChunkAsync(0, chunks[0]);
        await singer.EndSessionAsync();

        var second = await singer.StartSessionAsync();
        var result = await singer.SendChunkAsync(0, chunks[0]);

        Assert.NotEqual(first.TakeId, second.TakeId);
        Assert.False(result.Duplicate);
        Assert.Equal(0, result.FirstFrame);
    }

    [Fact]
    public async Task A_message_over_the_hub_limit_closes_only_that_connection()
    {
        var chunks = SyntheticVoice.Chunks(Voice);
        await using var flooder = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());
        await using var partner = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());
        var flooderTake = (await flooder.StartSessionAsync()).TakeId;
        await partner.StartSessionAsync();
        await partner.SendChunkAsync(0, chunks[0]);

        // 200 KB is past SignalR's MaximumReceiveMessageSize: the server drops the connection instead of reading it.
        var failure = await Record.ExceptionAsync(() => flooder.SendChunkAsync(0, new byte[200_000]));
        var closedBy = await flooder.Closed.WaitAsync(TimeSpan.FromSeconds(20));
        // At once, not after the resume window: a client that broke the protocol is not expected back.
        await host.Factory.WaitUntilAbandonedAsync(flooderTake, "as soon as its connection was closed for an oversized message");

        // No typed error: the message never reached the hub; the client learns only that the server closed the connection.
        Assert.NotNull(failure);
        Assert.DoesNotContain("[ChunkTooLarge]", failure.Message);
        Assert.NotNull(closedBy);
        Assert.Equal(HubConnectionState.Disconnected, flooder.Connection.State);
        for (var s = 1; s < chunks.Count; s++)
        {
            var result = await partner.SendChunkAsync(s, chunks[s]);
            Assert.False(result.Duplicate);
        }

        Assert.Equal(1.0, (await partner.EndSessionAsync()).DurationSeconds, 6);
    }
}
