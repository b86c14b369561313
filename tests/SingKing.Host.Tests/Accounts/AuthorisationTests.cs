using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using SingKing.Host.Hubs;
using SingKing.Host.Tests.Karaoke;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Accounts;

/// <summary>
/// A singer reaches only their own sessions and takes: for every take endpoint and hub method, another singer, signed
/// in or anonymous, gets 404 or NoActiveSession, never data, and the owner's take is untouched.
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed class AuthorisationTests(AccountsHostFixture fixture)
{
    public static TheoryData<string> Strangers => ["signed-in", "anonymous", "anonymous posing as the account"];

    [Theory]
    [MemberData(nameof(Strangers))]
    public async Task Another_singer_gets_404_for_the_report_and_the_replay_of_a_take(string kind)
    {
        var (owner, accountId, summary) = await OwnerWithTakeAsync();
        using var _ = owner;
        using var stranger = await StrangerAsync(kind, accountId);

        using var report = await stranger.Http.GetAsync($"/api/takes/{summary.TakeId}/report");
        using var audio = await stranger.Http.GetAsync($"/api/takes/{summary.TakeId}/audio");

        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, audio.StatusCode);
        Assert.DoesNotContain("\"notes\"", await report.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await owner.Http.GetAsync($"/api/takes/{summary.TakeId}/report")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Strangers))]
    public async Task Another_singer_gets_404_deleting_a_take_and_it_stays(string kind)
    {
        var (owner, accountId, summary) = await OwnerWithTakeAsync();
        using var _ = owner;
        using var stranger = await StrangerAsync(kind, accountId);

        using var response = await stranger.SendAsync(HttpMethod.Delete, $"/api/takes/{summary.TakeId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(await fixture.Host.Factory.Services.GetTakeStore().GetAsync(summary.TakeId, CancellationToken.None));
        Assert.True(Directory.Exists(fixture.Host.TakeFolder($"account-{accountId}", summary.TakeId)));
    }

    [Fact]
    public async Task Another_signed_in_singers_history_does_not_list_the_take()
    {
        var (owner, accountId, summary) = await OwnerWithTakeAsync();
        using var _ = owner;
        using var stranger = await StrangerAsync("signed-in", accountId);

        var history = await stranger.GetJsonAsync("/api/takes");

        Assert.Equal(0, history.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, (await owner.GetJsonAsync("/api/takes")).GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Strangers))]
    public async Task Another_singer_cannot_stream_to_read_the_range_of_end_or_resume_an_open_take(string kind)
    {
        using var owner = fixture.Host.NewClient();
        var accountId = await owner.SignUpNewAsync();
        await using var ownerConnection = await owner.ConnectAsync();
        var started = await ownerConnection.InvokeAsync<SessionStarted>("startSession", new StartSessionRequest { SampleRate = SyntheticVoice.SampleRate });
        var chunks = SyntheticVoice.Chunks(SyntheticVoice.Sing((220, 1.0)));
        await ownerConnection.InvokeAsync<ChunkResult>("sendChunk", new AudioChunk { Sequence = 0, SampleRate = SyntheticVoice.SampleRate, Pcm = chunks[0] });
        using var stranger = await StrangerAsync(kind, accountId);
        await using var strangerConnection = await stranger.ConnectAsync();

        var send = await Assert.ThrowsAsync<HubException>(() => strangerConnection.InvokeAsync<ChunkResult>(
            "sendChunk", new AudioChunk { Sequence = 1, SampleRate = SyntheticVoice.SampleRate, Pcm = chunks[1] }));
        var streamed = await StreamOneAsync(strangerConnection, new AudioChunk { Sequence = 1, SampleRate = SyntheticVoice.SampleRate, Pcm = chunks[1] });
        var range = await Assert.ThrowsAsync<HubException>(() => strangerConnection.InvokeAsync<RangeResult?>("getRange"));
        var end = await Assert.ThrowsAsync<HubException>(() => strangerConnection.InvokeAsync<SessionSummary>("endSession"));
        var resume = await Assert.ThrowsAsync<HubException>(() => strangerConnection.InvokeAsync<SessionResumed>(
            "resumeSession", new ResumeSessionRequest { TakeId = started.TakeId }));

        Assert.Contains("[NoActiveSession]", send.Message);
        Assert.StartsWith("[NoActiveSession]", streamed.Error);
        Assert.Contains("[NoActiveSession]", range.Message);
        Assert.Contains("[NoActiveSession]", end.Message);
        Assert.Contains("[NoResumableTake]", resume.Message);
        // The owner's take carries on where it was.
        var next = await ownerConnection.InvokeAsync<ChunkResult>("sendChunk", new AudioChunk { Sequence = 1, SampleRate = SyntheticVoice.SampleRate, Pcm = chunks[1] });
        Assert.False(next.Duplicate);
        var summary = await ownerConnection.InvokeAsync<SessionSummary>("endSession");
        Assert.Equal(started.TakeId, summary.TakeId);
    }

    [Fact]
    public async Task A_singer_who_signs_in_leaves_the_open_take_of_their_anonymous_session_alone()
    {
        var anonymousId = HostFixture.NewSingerId();
        using var browser = fixture.Host.NewClient().WithAnonymousId(anonymousId);
        await using var anonymous = await browser.ConnectAsync();
        await anonymous.InvokeAsync<SessionStarted>("startSession", new StartSessionRequest { SampleRate = SyntheticVoice.SampleRate });
        await browser.SignUpNewAsync();
        await using var signedIn = await browser.ConnectAsync();

        var end = await Assert.ThrowsAsync<HubException>(() => signedIn.InvokeAsync<SessionSummary>("endSession"));

        Assert.Contains("[NoActiveSession]", end.Message);
    }

    private async Task<(AccountClient Owner, long AccountId, SessionSummary Summary)> OwnerWithTakeAsync()
    {
        var owner = fixture.Host.NewClient();
        var accountId = await owner.SignUpNewAsync();
        await using var connection = await owner.ConnectAsync();
        var summary = await AccountClient.SingAsync(connection, SongTakes.SingTwinkle(), SongTakes.TwinkleId);
        Assert.True(summary.Save?.Saved, "the owner's take was not saved");
        return (owner, accountId, summary);
    }

    private async Task<AccountClient> StrangerAsync(string kind, long ownerAccountId)
    {
        var stranger = fixture.Host.NewClient();
        switch (kind)
        {
            case "signed-in":
                await stranger.SignUpNewAsync();
                break;
            case "anonymous":
                stranger.WithAnonymousId(HostFixture.NewSingerId());
                break;
            default:
                // An edited anonymous cookie that spells the owner's key must not make its bearer the owner.
                stranger.WithAnonymousId($"account-{ownerAccountId}");
                break;
        }

        return stranger;
    }

    // One chunk on a stream of its own: its one answer.
    private static async Task<ChunkResult> StreamOneAsync(HubConnection connection, AudioChunk chunk)
    {
        var chunks = Channel.CreateUnbounded<AudioChunk>();
        chunks.Writer.TryWrite(chunk);
        chunks.Writer.Complete();
        return await connection.StreamAsync<ChunkResult>("streamChunks", chunks.Reader).SingleAsync();
    }
}
