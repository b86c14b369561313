using Microsoft.AspNetCore.SignalR.Client;
using SingKing.Host.Hubs;
using SingKing.Host.Tests.Karaoke;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Accounts;

/// <summary>A signed-in singer's take whose connection is cut mid-song and resumed on a new one is saved whole.</summary>
[Collection(AccountsCollection.Name)]
public sealed class ResumedTakeSavingTests(AccountsHostFixture fixture)
{
    [Fact]
    public async Task A_take_cut_off_mid_song_and_resumed_is_saved_to_the_database_complete()
    {
        using var browser = fixture.Host.NewClient();
        await browser.SignUpNewAsync();
        var samples = SongTakes.SingTwinkle();
        var chunks = SyntheticVoice.Chunks(samples);
        var first = await browser.ConnectAsync();
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        first.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        var takeId = (await first.InvokeAsync<SessionStarted>("startSession", new StartSessionRequest { SampleRate = SyntheticVoice.SampleRate, SongId = SongTakes.TwinkleId })).TakeId;
        for (var i = 0; i < 300; i++)
            await first.InvokeAsync<ChunkResult>("sendChunk", new AudioChunk { Sequence = i, SampleRate = SyntheticVoice.SampleRate, Pcm = chunks[i] });

        browser.LastSocket!.Abort();
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await using var second = await browser.ConnectAsync();
        var resumed = await second.InvokeAsync<SessionResumed>("resumeSession", new ResumeSessionRequest { TakeId = takeId });
        for (var i = (int)resumed.NextSequence; i < chunks.Count; i++)
            await second.InvokeAsync<ChunkResult>("sendChunk", new AudioChunk { Sequence = i, SampleRate = SyntheticVoice.SampleRate, Pcm = chunks[i] });
        var summary = await second.InvokeAsync<SessionSummary>("endSession");
        var take = await fixture.Host.Factory.Services.GetTakeStore().GetAsync(takeId, CancellationToken.None);

        Assert.Equal(300, resumed.NextSequence);
        Assert.True(summary.Save!.Saved);
        Assert.NotNull(take);
        Assert.Equal(samples.Length / (double)SyntheticVoice.SampleRate, take.DurationSeconds, 3);
        Assert.Equal((int)Math.Round(summary.Report!.Total), take.TotalScore);
        Assert.True(take.TotalScore >= 8000, $"score {take.TotalScore}");
        await first.DisposeAsync();
    }
}
