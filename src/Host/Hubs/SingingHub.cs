using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Orleans.Runtime.Messaging;
using SingKing.Grains.Sessions;
using SingKing.Host.Accounts;
using SingKing.Host.Diagnoses;
using SingKing.Host.Singers;
using SingKing.Storage.Takes;

namespace SingKing.Host.Hubs;

/// <summary>
/// The live singing hub (<c>/hubs/singing</c>). Thin on purpose: it finds the singer, checks what can be checked
/// without the session (chunk size), forwards to the singer's <see cref="ISingerSessionGrain"/> and turns the
/// grain's <see cref="SessionException"/> into a <see cref="HubException"/> whose message starts with the
/// bracketed error code; a call that failed because the silo holding the session went away becomes
/// <c>[SessionHostLost]</c>, which the page answers as it answers a dropped connection: resume and resend. Every chunk's frames come back in the chunk's answer. The singer is whoever
/// <see cref="SingerIdentity"/> says the connection's request was: a signed-in account, or the anonymous cookie.
/// </summary>
public sealed partial class SingingHub(
    IGrainFactory grains,
    LiveMetrics metrics,
    TakeArchive archive,
    RangeDiagnosisKeeper ranges,
    IHostApplicationLifetime lifetime,
    ILogger<SingingHub> logger) : Hub
{
    // Set once this connection has started a take, so closing a connection that never sang costs no grain call.
    private static readonly object StartedTakeKey = new();

    // The connection's singer and session grain, found at its first call: who a connection sings as is fixed by the
    // request that opened it, and a chunk every 40 ms should not parse the sign-in claims again each time.
    private static readonly object SingerItemKey = new();

    /// <summary>Starts a take for the calling singer.</summary>
    public async Task<SessionStarted> StartSession(StartSessionRequest? request)
    {
        var started = await CallSession(session => session.StartTake(
            new StartTake(Context.ConnectionId, request?.SampleRate ?? 0, request?.SongId, request?.Difficulty, request?.LatencyMs, request?.Practice ?? false)));
        Context.Items[StartedTakeKey] = true;
        return new SessionStarted { TakeId = started.TakeId, SampleRate = started.SampleRate, HopSeconds = started.HopSeconds };
    }

    /// <summary>
    /// Processes one chunk of the take and returns the pitch frames that became final. The page streams its chunks
    /// through <see cref="StreamChunks"/> instead; this call suits a client that sends a chunk now and then.
    /// </summary>
    public Task<ChunkResult> SendChunk(AudioChunk? chunk) => ProcessChunk(chunk, RequireSinger()).AsTask();

    /// <summary>
    /// The page's way to send a take's audio: one stream of chunks for as long as the connection lasts, answered by one
    /// <see cref="ChunkResult"/> per chunk, in order. A chunk the session refuses is answered with its
    /// <see cref="ChunkResult.Error"/> (the text a failing <see cref="SendChunk"/> carries) and the stream goes on, so
    /// the page handles each refusal as before, a lost host included. A chunk whose processing failed in a way nobody
    /// foresaw (a full disk, say) fails alone too, with <see cref="ChunkStreams.UnexpectedError"/>. Streaming spares
    /// each chunk the hub's per-call work (a service scope, a hub instance, the invocation gate): docs/benchmarks.md,
    /// "Eighth round".
    /// </summary>
    public IAsyncEnumerable<ChunkResult> StreamChunks(IAsyncEnumerable<AudioChunk?> chunks, CancellationToken cancellationToken)
    {
        var singer = RequireSinger();
        return ChunkStreams.AnswerEach(
            chunks,
            chunk => ProcessChunk(chunk, singer),
            static (chunk, error) => new ChunkResult { Sequence = chunk?.Sequence ?? -1, Error = error },
            logger,
            cancellationToken);
    }

    private async ValueTask<ChunkResult> ProcessChunk(AudioChunk? chunk, ConnectionSinger singer)
    {
        var started = Stopwatch.GetTimestamp();
        bool? duplicate = null;
        try
        {
            var pcm = chunk?.Pcm ?? [];
            // The grain is called here rather than through CallSession: a delegate and a second async method per chunk
            // of every singer were 7 % of the host's allocations (docs/benchmarks.md, "Seventh round").
            PitchBatch batch;
            try
            {
                // Checked here too so an oversized chunk never travels to the grain.
                AudioChunkRules.ValidatePayload(pcm.Length);
                batch = await singer.Session.ProcessChunk(new AudioChunkMessage(Context.ConnectionId, chunk!.Sequence, chunk.SampleRate, pcm, chunk.SongSeconds));
            }
            catch (Exception error) when (error is SessionException || IsHostLost(error))
            {
                throw ToHubException(error, singer.Key.Id);
            }

            duplicate = batch.Duplicate;
            metrics.FramesReturned(batch.FrequencyHz.Length);
            return new ChunkResult
            {
                Sequence = batch.Sequence,
                Duplicate = batch.Duplicate,
                FirstFrame = batch.FirstFrame,
                HopSeconds = batch.HopSeconds,
                FrequencyHz = batch.FrequencyHz,
                Confidence = batch.Confidence,
                LevelDb = batch.LevelDb,
                Notes = [.. batch.Notes.Select(n => new NoteProgressResult { Id = n.Id, Hit = n.Hit, Final = n.Final })],
                Phrases = [.. batch.Phrases.Select(PhraseRatingResult.From)],
                Score = batch.Score,
                KeptThrough = batch.KeptThrough,
            };
        }
        finally
        {
            metrics.ChunkProcessed(Stopwatch.GetElapsedTime(started), duplicate);
        }
    }

    /// <summary>
    /// Ends the take and returns its summary; the last frames go to the take's files only. A signed-in singer's take
    /// is saved to the database before this answers: while the database is down the save is retried and the caller
    /// gets a <see cref="TakeSaveRetrying"/> message after each failed attempt; the summary's
    /// <see cref="SessionSummary.Save"/> says how it went.
    /// </summary>
    public async Task<SessionSummary> EndSession()
    {
        var singer = Singer;
        var summary = await CallSession(session => session.EndTake(Context.ConnectionId));
        Context.Items.Remove(StartedTakeKey);
        TakeSaveResult? save = null;
        // A practice pass is judged live only: it enters no history, no board and earns no experience.
        if (singer is { IsSignedIn: true } && summary.Karaoke is not { Practice: true })
        {
            // The save outlives a closed tab: only the host stopping ends it early, and then the files are still there.
            save = await archive.SaveAsync(singer, summary, TellCallerAsync, lifetime.ApplicationStopping);
            await ranges.KeepAsync(singer, summary, save.Saved, lifetime.ApplicationStopping);
        }

        return new SessionSummary
        {
            TakeId = summary.TakeId,
            DurationSeconds = summary.DurationSeconds,
            FrameCount = summary.FrameCount,
            VoicedFrameCount = summary.VoicedFrameCount,
            MissingChunks = summary.MissingChunks,
            Range = RangeResult.From(summary.Range),
            Karaoke = KaraokeResult.From(summary.Karaoke),
            Report = ReportResult.From(summary.Report),
            ReportError = summary.ReportError,
            Save = save,
        };
    }

    /// <summary>The range sung so far in the caller's open take, or null while no note has been held steadily.</summary>
    public async Task<RangeResult?> GetRange() =>
        RangeResult.From(await CallSession(session => session.GetRange(Context.ConnectionId)));

    /// <summary>
    /// Carries on the caller's open take on this connection after the one that streamed it dropped; the client resends
    /// its audio from <see cref="SessionResumed.NextSequence"/>.
    /// </summary>
    public async Task<SessionResumed> ResumeSession(ResumeSessionRequest? request)
    {
        var resumed = await CallSession(session => session.ResumeTake(new ResumeTake(Context.ConnectionId, request?.TakeId ?? "")));
        Context.Items[StartedTakeKey] = true;
        return new SessionResumed
        {
            TakeId = resumed.TakeId,
            SampleRate = resumed.SampleRate,
            HopSeconds = resumed.HopSeconds,
            NextSequence = resumed.NextSequence,
            FrameCount = resumed.FrameCount,
        };
    }

    /// <summary>
    /// Tells the singer's session that this connection is gone. A take it left open (no <see cref="EndSession"/>)
    /// stays open for the resume window, so the page can <see cref="ResumeSession"/> it from a new connection; only a
    /// connection closed for breaking the protocol (an oversized or malformed message) ends its take as abandoned at
    /// once.
    /// </summary>
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        // The exception cannot tell a drop from a close: Kestrel's WebSocket transport passes null for a socket that
        // died without a close handshake (a lost network, a closed laptop lid, a restarted proxy), as for a clean close.
        // So every unended take waits for its page, which gives a take up by ending it.
        if (Context.Items.ContainsKey(StartedTakeKey) && ConnectionSinger is { } singer)
            await singer.Session.ConnectionClosed(Context.ConnectionId, brokeProtocol: exception is InvalidDataException);
        await base.OnDisconnectedAsync(exception);
    }

    private SingerKey? Singer => ConnectionSinger?.Key;

    private ConnectionSinger? ConnectionSinger
    {
        get
        {
            if (Context.Items.TryGetValue(SingerItemKey, out var known))
                return (ConnectionSinger?)known;
            var singer = Context.GetHttpContext() is { } http && SingerIdentity.Resolve(http) is { } key
                ? new ConnectionSinger(key, grains.GetGrain<ISingerSessionGrain>(key.Id))
                : null;
            Context.Items[SingerItemKey] = singer;
            return singer;
        }
    }

    private async ValueTask TellCallerAsync(TakeSaveAttemptFailed failed, CancellationToken cancellationToken)
    {
        if (!failed.WillRetry)
            return;
        try
        {
            await Clients.Caller.SendAsync(
                TakeSaveRetrying.MethodName,
                new TakeSaveRetrying { TakeId = failed.TakeId, Attempt = failed.Attempt, MaxAttempts = failed.MaxAttempts, RetryInSeconds = failed.RetryIn.TotalSeconds },
                cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The singer left; the save carries on without anyone to tell.
            LogCallerGone(exception, failed.TakeId);
        }
    }

    private async Task<T> CallSession<T>(Func<ISingerSessionGrain, Task<T>> call)
    {
        var singer = RequireSinger();
        try
        {
            return await call(singer.Session);
        }
        catch (Exception error) when (error is SessionException || IsHostLost(error))
        {
            throw ToHubException(error, singer.Key.Id);
        }
    }

    private ConnectionSinger RequireSinger() => ConnectionSinger
        ?? throw new HubException($"[{SessionErrorCode.NoActiveSession}] This connection carries no singer id. Load the page first so the {SingerCookie.Name} cookie is set, then connect again.");

    // A refusal by the session, or a session whose host went away, as the page reads it: the bracketed code first.
    private HubException ToHubException(Exception error, string singerId)
    {
        if (error is SessionException refused)
        {
            LogRejected(singerId, refused.Code);
            return new HubException($"[{refused.Code}] {refused.Message}");
        }

        // The take is on disk; the next call activates the session on a host that is up, and it recovers the take.
        LogSessionHostLost(error, singerId);
        return new HubException(
            $"[{SessionErrorCode.SessionHostLost}] The host that held this take went away. Call resumeSession with the take id, then send again every chunk from the nextSequence it returns.");
    }

    // The silo that held the session is gone or unreachable: the call was refused, or its answer never came.
    private static bool IsHostLost(Exception error) =>
        error is OrleansMessageRejectionException or ConnectionFailedException or TimeoutException;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Take {TakeId}: the singer could not be told about a save retry")]
    private partial void LogCallerGone(Exception exception, string takeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Singer {SingerId}: the host holding the session went away; the client is told to resume")]
    private partial void LogSessionHostLost(Exception exception, string singerId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Singer {SingerId}: request rejected with {Code}")]
    private partial void LogRejected(string singerId, SessionErrorCode code);
}
