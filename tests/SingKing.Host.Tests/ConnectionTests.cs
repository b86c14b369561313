using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class ConnectionTests(HostFixture host)
{
    private static readonly short[] Voice = SyntheticVoice.Sing((220, 1.0));

    [Fact]
    public async Task A_connection_closed_mid_take_leaves_an_abandoned_take_with_complete_files()
    {
        var singerId = HostFixture.NewSingerId();
        var singer = await SingerClient.ConnectAsync(host, singerId);
        var started = await singer.StartSessionAsync();
        var chunks = SyntheticVoice.Chunks(Voice);
        long liveFrames = 0;
        for (var s = 0; s < chunks.Count; s++)
            liveFrames += (await singer.SendChunkAsync(s, chunks[s])).FrequencyHz.Length;
        using var abandoned = new TakeEndedBarrier("abandoned");

        await singer.DisposeAsync();
        await abandoned.WaitAsync("the closed connection's take to end");

        var take = TakeOnDisk.Load(host.Factory.TakeFolder(singerId, started.TakeId));
        Assert.Equal("abandoned", take.Status);
        Assert.Equal(Voice.Length, take.SamplesInFile);
        Assert.Equal((uint)Voice.Length * 2, take.DataSize);
        Assert.Equal(take.DataSize + 36, take.RiffSize);
        Assert.True(take.PitchRows.Count > liveFrames, "The tracker's last frames are flushed into pitch.csv.");
        Assert.Equal(take.PitchRows.Count, take.Record.GetProperty("frameCount").GetInt64());
        Assert.True(take.Record.GetProperty("endedUtc").ValueKind != System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task A_singer_can_start_a_new_take_after_the_old_connection_closed()
    {
        var singerId = HostFixture.NewSingerId();
        var first = await SingerClient.ConnectAsync(host, singerId);
        await first.StartSessionAsync();
        await first.SendChunkAsync(0, SyntheticVoice.Chunks(Voice)[0]);
        using var abandoned = new TakeEndedBarrier("abandoned");
        await first.DisposeAsync();
        await abandoned.WaitAsync("the first connection's take to end");
        await using var second = await SingerClient.ConnectAsync(host, singerId);

        var started = await second.StartSessionAsync();

        Assert.False(string.IsNullOrEmpty(started.TakeId));
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
        await flooder.StartSessionAsync();
        await partner.StartSessionAsync();
        await partner.SendChunkAsync(0, chunks[0]);
        using var abandoned = new TakeEndedBarrier("abandoned");

        // 200 KB is past SignalR's MaximumReceiveMessageSize: the server drops the connection instead of reading it.
        var failure = await Record.ExceptionAsync(() => flooder.SendChunkAsync(0, new byte[200_000]));
        var closedBy = await flooder.Closed.WaitAsync(TimeSpan.FromSeconds(20));
        await abandoned.WaitAsync("the flooding connection's take to end");

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
