using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using SingKing.Host.Hubs;
using SingKing.Host.Tests.Karaoke;
using SingKing.Host.Tests.Support;
using SingKing.Storage.Tests.Leaderboards;

namespace SingKing.Host.Tests.Operations;

/// <summary>
/// One take of Twinkle sung across a Redis restart: half the chunks, then Redis stopped (once the host's readiness
/// says so), most of the rest while it is down, Redis started again, the last ten chunks, and the end of the take.
/// </summary>
internal static class SingingAcrossRedisRestart
{
    /// <summary>What the singer got: every chunk's answer in order, how many came while Redis was down, and the summary.</summary>
    public sealed record Outcome(IReadOnlyList<ChunkResult> Answered, int ChunkCount, int AnsweredWhileDown, SessionSummary Summary);

    /// <summary>Sings the take on <paramref name="live"/>; <paramref name="whileDown"/> runs once Redis is down, before more chunks are sent.</summary>
    public static async Task<Outcome> SingAsync(HubConnection live, RedisServer redis, HttpClient http, TimeSpan patience, Func<Task>? whileDown = null)
    {
        await live.InvokeAsync<SessionStarted>("startSession", new StartSessionRequest { SampleRate = SyntheticVoice.SampleRate, SongId = SongTakes.TwinkleId });
        var chunks = SyntheticVoice.Chunks(SongTakes.SingTwinkle());
        var half = chunks.Count / 2;
        var answered = new List<ChunkResult>();
        for (var s = 0; s < half; s++)
            answered.Add(await SendAsync(live, s, chunks[s]));

        await redis.StopAsync();
        await HealthProbe.WaitForReadyAsync(http, HttpStatusCode.ServiceUnavailable, patience, "the host to notice that Redis stopped");
        if (whileDown is not null)
            await whileDown();
        var answeredWhileDown = 0;
        for (var s = half; s < chunks.Count - 10; s++, answeredWhileDown++)
            answered.Add(await SendAsync(live, s, chunks[s]));

        await redis.StartAsync();
        for (var s = chunks.Count - 10; s < chunks.Count; s++)
            answered.Add(await SendAsync(live, s, chunks[s]));
        var summary = await live.InvokeAsync<SessionSummary>("endSession");
        return new Outcome(answered, chunks.Count, answeredWhileDown, summary);
    }

    private static Task<ChunkResult> SendAsync(HubConnection connection, long sequence, byte[] pcm) =>
        connection.InvokeAsync<ChunkResult>("sendChunk", new AudioChunk { Sequence = sequence, SampleRate = SyntheticVoice.SampleRate, Pcm = pcm });
}
