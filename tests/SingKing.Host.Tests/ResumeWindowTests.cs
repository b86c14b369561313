using Microsoft.AspNetCore.SignalR;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests;

/// <summary>
/// A take whose connection went away and that nobody resumed ends as abandoned when the resume window passes. The
/// host here waits a fraction of a second instead of a minute, so the window ends while the test waits on the host's
/// own log of the take ending.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ResumeWindowTests : IAsyncLifetime
{
    private static readonly short[] Voice = SyntheticVoice.Sing((220, 1.0));

    private readonly SingKingHostFactory _host = new()
    {
        Settings = new Dictionary<string, string?> { ["SingKing:Sessions:ResumeWindow"] = "00:00:00.300" },
    };

    public Task InitializeAsync()
    {
        _ = _host.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_take_whose_connection_closed_is_abandoned_with_complete_files_when_the_resume_window_ends()
    {
        var singerId = HostFixture.NewSingerId();
        var singer = await SingerClient.ConnectAsync(_host, singerId);
        var takeId = (await singer.StartSessionAsync()).TakeId;
        var chunks = SyntheticVoice.Chunks(Voice);
        long liveFrames = 0;
        for (var s = 0; s < chunks.Count; s++)
            liveFrames += (await singer.SendChunkAsync(s, chunks[s])).FrequencyHz.Length;

        await singer.DisposeAsync();
        await _host.WaitUntilWaitingForResumeAsync(takeId);
        await _host.WaitUntilAbandonedAsync(takeId, "when the resume window passed");

        var take = TakeOnDisk.Load(_host.TakeFolder(singerId, takeId));
        Assert.Equal("abandoned", take.Status);
        Assert.Equal(Voice.Length, take.SamplesInFile);
        Assert.Equal((uint)Voice.Length * 2, take.DataSize);
        Assert.True(take.PitchRows.Count > liveFrames, "The tracker's last frames are flushed into pitch.csv.");
        Assert.Equal(take.PitchRows.Count, take.Record.GetProperty("frameCount").GetInt64());
    }

    [Fact]
    public async Task A_dropped_take_cannot_be_resumed_once_the_resume_window_has_ended_it()
    {
        var singerId = HostFixture.NewSingerId();
        var first = await SingerClient.ConnectAsync(_host, singerId);
        var takeId = (await first.StartSessionAsync()).TakeId;
        await first.SendChunkAsync(0, SyntheticVoice.Chunks(Voice)[0]);

        await first.DropAsync();
        await _host.WaitUntilAbandonedAsync(takeId, "when the resume window passed");
        await using var second = await SingerClient.ConnectAsync(_host, singerId);
        var error = await Assert.ThrowsAsync<HubException>(() => second.ResumeSessionAsync(takeId));

        Assert.Contains("[NoResumableTake]", error.Message);
        Assert.Equal("abandoned", TakeOnDisk.Load(_host.TakeFolder(singerId, takeId)).Status);
    }
}
