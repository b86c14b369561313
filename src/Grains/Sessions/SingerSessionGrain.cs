using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Placement;
using SingKing.Dsp.Audio;
using SingKing.Dsp.Pitch;
using SingKing.Grains.Reports;
using SingKing.Grains.Songs;
using SingKing.Grains.Takes;

namespace SingKing.Grains.Sessions;

/// <summary>
/// A singer's live session: turns the chunks of the open take into pitch frames and appends both to the
/// take's files; a take sung to a song also hands every frame to its <see cref="KaraokeTake"/>. See <see cref="ISingerSessionGrain"/> for why each chunk's frames travel back as the call's
/// return value and why the grain prefers the caller's host.
/// </summary>
/// <remarks>
/// Memory per singer is bounded whatever the take's length: audio and frames go to disk with every chunk, and
/// the tracker, the range analyzer, the sample buffer and the frame list are allocated once per take. Only the
/// gap list grows, by one entry per jump in the sequence numbers, and the range analyzer's list of stable notes,
/// by one entry per note held (at most one per half second of singing).
/// </remarks>
[PreferLocalPlacement]
public sealed partial class SingerSessionGrain(
    TakeFileStore store,
    TakeMetrics metrics,
    ISongCharts songs,
    TakeReporter reporter,
    IOptions<SessionOptions> options,
    TimeProvider time,
    ILogger<SingerSessionGrain> logger) : Grain, ISingerSessionGrain
{
    /// <summary>At most this many missing sequence numbers are listed in a summary; take.json keeps every gap.</summary>
    public const int MaxListedMissingChunks = 10_000;

    private static readonly PitchBatch EmptyFrames = new(0, false, 0, 0, [], [], []);

    private OpenTake? _take;
    private IGrainTimer? _resumeTimer;

    private string SingerId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<TakeStarted> StartTake(StartTake request)
    {
        AudioChunkRules.ValidateSessionSampleRate(request.SampleRate);
        if (_take is { } open)
        {
            if (!CanBeReplaced(open, request.ConnectionId))
            {
                throw new SessionException(
                    SessionErrorCode.SessionAlreadyActive,
                    "A take is already open for this singer (in this or another tab). End it, or close the other tab, before starting a new one.");
            }

            // Its connection dropped and did not come back, or went silent on a host that may be gone: a new take wins.
            await CloseTakeAsync(open, TakeStatus.Abandoned);
        }
        else if (await store.FindNewestOpenAsync(SingerId, CancellationToken.None) is { } orphan
            && await RebuildAsync(orphan.TakeId, request.ConnectionId) is { } left)
        {
            // A take left open by a host that went away, never resumed: a new take wins here too, and the old one is
            // closed with its frames and range like any abandoned take, so history shows it and it can be deleted.
            await CloseTakeAsync(left.Take, TakeStatus.Abandoned);
        }

        // Checked before any file is created, so a bad song request leaves nothing behind.
        var karaoke = KaraokeTake.For(request, songs);
        var startedUtc = time.GetUtcNow();
        var takeId = Guid.CreateVersion7(startedUtc).ToString("N");
        var tracker = new PitchTracker(request.SampleRate);
        var setup = new TakeSetup(request.SongId, request.Difficulty, request.LatencyMs, request.Practice);
        var files = await store.CreateAsync(SingerId, takeId, request.SampleRate, startedUtc, setup, CancellationToken.None);
        _take = new OpenTake(takeId, request.ConnectionId, request.SampleRate, tracker, files) { Karaoke = karaoke, LastHeardUtc = startedUtc };
        metrics.TakeOpened();
        LogTakeStarted(SingerId, takeId, request.ConnectionId, request.SongId ?? "no song");
        return new TakeStarted(takeId, request.SampleRate, tracker.Options.HopSeconds);
    }

    /// <inheritdoc />
    public async ValueTask<PitchBatch> ProcessChunk(AudioChunkMessage chunk)
    {
        var pcm = chunk.Pcm ?? [];
        AudioChunkRules.ValidatePayload(pcm.Length);
        var take = await RequireTakeAsync(chunk.ConnectionId);
        if (chunk.SampleRate != take.SampleRate)
        {
            throw new SessionException(
                SessionErrorCode.SampleRateMismatch,
                $"This take is recorded at {take.SampleRate} Hz but the chunk says {chunk.SampleRate} Hz. Send every chunk at the take's sample rate.");
        }

        var hop = take.Tracker.Options.HopSeconds;
        var isRetry = chunk.Sequence >= 0 && chunk.Sequence < take.NextSequence;
        if (chunk.SongSeconds is { } songSeconds && !isRetry)
        {
            if (take.Karaoke is not { } song)
            {
                throw new SessionException(
                    SessionErrorCode.InvalidRequest,
                    "songSeconds places a chunk on a song, but this take is not sung to one. Leave it out, or start the take with a songId.");
            }

            song.CheckMark(take.Files.SampleCount, songSeconds);
        }

        if (chunk.Sequence < take.NextSequence || chunk.Sequence < 0)
        {
            if (chunk.Sequence < 0 || take.IsMissing(chunk.Sequence))
            {
                throw new SessionException(
                    SessionErrorCode.ChunkOutOfOrder,
                    $"Chunk {chunk.Sequence} arrived after chunk {take.NextSequence - 1}; late chunks cannot be inserted. Send chunks in order, numbered from 0.");
            }

            // A retry of a chunk we already have: answer it so the client can move on, but change nothing.
            take.DuplicateChunks++;
            return EmptyFrames with
            {
                Sequence = chunk.Sequence,
                Duplicate = true,
                FirstFrame = take.FrameCount,
                HopSeconds = hop,
                Score = ScoreOf(take),
                KeptThrough = take.Files.KeptSequence,
            };
        }

        if (chunk.Sequence > take.NextSequence)
            await take.Files.RecordGapAsync(new ChunkGap(take.NextSequence, chunk.Sequence - take.NextSequence), CancellationToken.None);
        take.NextSequence = chunk.Sequence + 1;
        take.ChunksAccepted++;
        take.LastHeardUtc = time.GetUtcNow();
        var accepted = new TakeChunk(chunk.Sequence, take.Files.SampleCount, pcm.Length / AudioChunkRules.BytesPerSample, chunk.SongSeconds, take.LastHeardUtc);
        // The answer says which chunks are on disk (KeptThrough); the client keeps the rest, to send again to the host
        // that carries the take on from its files if this one goes away.
        await take.Files.AppendChunkAsync(accepted, pcm, CancellationToken.None);
        ToSamples(pcm, take.Samples);
        return await AnalyseAsync(take, accepted);
    }

    // One chunk's samples through the tracker, the range analyzer, the frame file and the song: the same steps live
    // and when a take is replayed from its files, so both give the same frames and the same score.
    // The chunk's samples are in take.Samples.
    private async ValueTask<PitchBatch> AnalyseAsync(OpenTake take, TakeChunk chunk)
    {
        if (chunk.SongSeconds is { } mark)
            take.Karaoke!.Mark(chunk.FirstSample, mark);
        take.Frames.Clear();
        take.Tracker.Process(take.Samples.AsSpan(0, chunk.SampleCount), take.Frames);
        var batch = await RecordFramesAsync(take, chunk.Sequence);
        if (take.Karaoke is not { } karaoke)
            return batch;
        var (notes, phrases) = karaoke.Add(take.Frames);
        return batch with { Notes = notes, Phrases = phrases, Score = ScoreOf(take) };
    }

    /// <inheritdoc />
    public async Task<TakeSummary> EndTake(string connectionId)
    {
        var take = await RequireTakeAsync(connectionId);
        await CloseTakeAsync(take, TakeStatus.Complete);
        var missing = take.Gaps
            .SelectMany(g => Enumerable.Range(0, (int)Math.Min(g.Count, MaxListedMissingChunks)).Select(i => g.FirstSequence + i))
            .Take(MaxListedMissingChunks)
            .ToArray();
        var (report, reportError) = await ReportAsync(take);
        return new TakeSummary(take.TakeId, take.Files.Record.DurationSeconds, take.FrameCount, take.VoicedFrameCount, missing, take.Files.Record.Range)
        {
            Karaoke = take.Files.Record.Karaoke,
            Report = report,
            ReportError = reportError,
        };
    }

    // The report is written before the take's end is answered, so the singer never sees a score that is not saved.
    // A take whose report fails keeps its files; the report endpoint makes it again on the next request.
    private async Task<(TakeReportSummary? Report, string? Error)> ReportAsync(OpenTake take)
    {
        // A practice pass is judged live only: its report would be noise in the singer's history.
        if (take.Karaoke is not { } karaoke || karaoke.IsPractice)
            return (null, null);
        if (songs.Find(karaoke.SongId) is not { } chart)
            return (null, $"The song \"{karaoke.SongId}\" is no longer in the library, so the take cannot be scored again.");
        try
        {
            var report = await reporter.CreateAsync(take.Files.Folder, take.Files.Record, chart, CancellationToken.None);
            return (TakeReportSummary.From(report), null);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or AudioFormatException or UnauthorizedAccessException)
        {
            LogReportFailed(exception, SingerId, take.TakeId);
            return (null, "The take is saved, but its report could not be made now; open it again from your history to retry.");
        }
    }

    /// <inheritdoc />
    public async Task<TakeRange?> GetRange(string connectionId) => TakeRange.From((await RequireTakeAsync(connectionId)).RangeAnalyzer);

    /// <inheritdoc />
    public async Task ConnectionClosed(string connectionId, bool brokeProtocol = false)
    {
        if (_take is not { } take || take.ConnectionId != connectionId)
            return;
        // A client that broke the protocol is not expected back with the same audio.
        if (brokeProtocol)
        {
            await CloseTakeAsync(take, TakeStatus.Abandoned);
            return;
        }

        // What the client sent before it went is kept now, in case this host goes away before it comes back.
        take.Files.WriteWaitingChunks();
        take.DroppedUtc = time.GetUtcNow();
        _resumeTimer?.Dispose();
        _resumeTimer = this.RegisterGrainTimer(
            static (grain, _) => grain.AbandonUnresumedAsync(),
            this,
            new GrainTimerCreationOptions { DueTime = options.Value.ResumeWindow, Period = Timeout.InfiniteTimeSpan });
        LogTakeWaitsForResume(SingerId, take.TakeId, options.Value.ResumeWindow.TotalSeconds);
    }

    /// <inheritdoc />
    public async Task<TakeResumed> ResumeTake(ResumeTake request)
    {
        var notOpen = $"Take \"{request.TakeId}\" is not open any more, so it cannot be resumed (it ended, or its connection was gone longer than {options.Value.ResumeWindow.TotalSeconds:0} s). Start a new take.";
        OpenTake take;
        if (_take is { } held)
        {
            if (held.TakeId != request.TakeId)
                throw new SessionException(SessionErrorCode.NoResumableTake, notOpen);
            take = held;
        }
        else
        {
            // This session holds no take: the host that held it went away, and its files say where it stopped.
            take = await RecoverAsync(request, notOpen);
        }

        take.ConnectionId = request.ConnectionId;
        take.DroppedUtc = null;
        take.LastHeardUtc = time.GetUtcNow();
        _resumeTimer?.Dispose();
        _resumeTimer = null;
        LogTakeResumed(SingerId, take.TakeId, request.ConnectionId, take.NextSequence);
        return new TakeResumed(take.TakeId, take.SampleRate, take.Tracker.Options.HopSeconds, take.NextSequence, take.FrameCount);
    }

    // Rebuilds an open take from its files: the kept audio goes again, chunk by chunk as it arrived, through a fresh
    // tracker, range analyzer and song aligner (all deterministic), so frames and score are those of an unbroken take.
    // Only the singer's own folder is looked in (the grain key is the singer), and a take that ended or waited longer
    // than the resume window is refused; a stale one is closed as abandoned on the way.
    private async Task<OpenTake> RecoverAsync(ResumeTake request, string notOpen)
    {
        if (await RebuildAsync(request.TakeId, request.ConnectionId) is not { } rebuilt)
            throw new SessionException(SessionErrorCode.NoResumableTake, notOpen);

        var refusal = time.GetUtcNow() - rebuilt.LastHeardUtc > options.Value.ResumeWindow
            ? notOpen
            : rebuilt.SongProblem is { } problem ? $"Take \"{request.TakeId}\" cannot be carried on: {problem}" : null;
        if (refusal is not null)
        {
            await CloseTakeAsync(rebuilt.Take, TakeStatus.Abandoned);
            throw new SessionException(SessionErrorCode.NoResumableTake, refusal);
        }

        _take = rebuilt.Take;
        return rebuilt.Take;
    }

    // The take as its lost session had it, from its files; null when the singer has no such open take. A song that
    // left the library since is reported, and the take rebuilt without it, so it can still be closed.
    private async Task<(OpenTake Take, DateTimeOffset LastHeardUtc, string? SongProblem)?> RebuildAsync(string takeId, string connectionId)
    {
        if (await store.ReopenAsync(SingerId, takeId, CancellationToken.None) is not { } reopened)
            return null;

        var record = reopened.Files.Record;
        var setup = record.Setup ?? new TakeSetup(null, null, null, false);
        KaraokeTake? karaoke = null;
        string? songProblem = null;
        try
        {
            karaoke = KaraokeTake.For(new StartTake(connectionId, record.SampleRate, setup.SongId, setup.Difficulty, setup.LatencyMs, setup.Practice), songs);
        }
        catch (SessionException error)
        {
            songProblem = error.Message;
        }

        var take = new OpenTake(record.TakeId, connectionId, record.SampleRate, new PitchTracker(record.SampleRate), reopened.Files)
        {
            Karaoke = karaoke,
            LastHeardUtc = time.GetUtcNow(),
        };
        // Open on this host from here: kept by the caller, or closed through CloseTakeAsync, which counts it down again.
        metrics.TakeOpened();
        await ReplayAsync(take, reopened.Chunks);
        LogTakeRecovered(SingerId, take.TakeId, reopened.Chunks.Count, take.NextSequence);
        var lastHeard = reopened.Chunks.Count > 0 ? reopened.Chunks[^1].HeardUtc : record.StartedUtc;
        return (take, lastHeard, songProblem);
    }

    private async Task ReplayAsync(OpenTake take, IReadOnlyList<TakeChunk> chunks)
    {
        var pcm = new byte[AudioChunkRules.MaxChunkBytes];
        await using var journal = take.Files.OpenJournalReader();
        foreach (var chunk in chunks)
        {
            var bytes = pcm.AsMemory(0, chunk.SampleCount * AudioChunkRules.BytesPerSample);
            await TakeFiles.ReadChunkAudioAsync(journal, bytes, CancellationToken.None);
            ToSamples(bytes, take.Samples);
            await AnalyseAsync(take, chunk);
            take.NextSequence = chunk.Sequence + 1;
            take.ChunksAccepted++;
        }
    }

    private async Task AbandonUnresumedAsync()
    {
        _resumeTimer?.Dispose();
        _resumeTimer = null;
        if (_take is { DroppedUtc: not null } take)
            await CloseTakeAsync(take, TakeStatus.Abandoned);
    }

    private bool CanBeReplaced(OpenTake open, string connectionId) =>
        open.ConnectionId != connectionId
        && (open.DroppedUtc is not null || time.GetUtcNow() - open.LastHeardUtc >= options.Value.IdleTakeover);

    /// <inheritdoc />
    public Task<SessionStatus> GetStatus() => Task.FromResult(
        _take is { } take
            ? new SessionStatus(take.TakeId, take.ChunksAccepted, take.DuplicateChunks, take.Files.SampleCount, take.FrameCount, take.WorkingBufferBytes)
            : new SessionStatus(null, 0, 0, 0, 0, 0));

    /// <summary>
    /// Closes the open take's files. When its silo shuts down, the take stays open on disk, so the singer's client can
    /// resume it on another host (or on this one when it is back) within the resume window; any other deactivation
    /// (the session collected when idle) abandons it.
    /// </summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_take is { } take)
        {
            if (reason.ReasonCode == DeactivationReasonCode.ShuttingDown)
            {
                DetachTake();
                await take.Files.DisposeAsync();
                LogTakeLeftOpen(SingerId, take.TakeId);
            }
            else
            {
                await CloseTakeAsync(take, TakeStatus.Abandoned);
            }
        }

        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    private async ValueTask<OpenTake> RequireTakeAsync(string connectionId)
    {
        if (_take is { } take && take.ConnectionId == connectionId)
            return take;
        // A session that holds no take while the singer's newest take is open on disk lost it with its host.
        if (_take is null && await store.FindNewestOpenAsync(SingerId, CancellationToken.None) is { } open)
        {
            throw new SessionException(
                SessionErrorCode.SessionHostLost,
                $"The host that held take \"{open.TakeId}\" went away. Call resumeSession with that take id, then send again every chunk from the nextSequence it returns.");
        }

        throw new SessionException(
            SessionErrorCode.NoActiveSession,
            "There is no open take on this connection. Call startSession first, then send chunks numbered from 0.");
    }

    private async ValueTask<PitchBatch> RecordFramesAsync(OpenTake take, long sequence)
    {
        var frames = take.Frames;
        await take.Files.AppendFramesAsync(frames, CancellationToken.None);
        var firstFrame = take.FrameCount;
        if (frames.Count == 0)
            return EmptyFrames with { Sequence = sequence, FirstFrame = firstFrame, HopSeconds = take.Tracker.Options.HopSeconds, KeptThrough = take.Files.KeptSequence };

        var frequency = new float[frames.Count];
        var confidence = new float[frames.Count];
        var level = new float[frames.Count];
        for (var i = 0; i < frames.Count; i++)
        {
            frequency[i] = frames[i].FrequencyHz;
            confidence[i] = frames[i].Confidence;
            level[i] = frames[i].LevelDb;
            take.RangeAnalyzer.Add(frames[i]);
            if (frames[i].IsVoiced)
                take.VoicedFrameCount++;
        }

        take.FrameCount += frames.Count;
        return new PitchBatch(sequence, false, firstFrame, take.Tracker.Options.HopSeconds, frequency, confidence, level) { KeptThrough = take.Files.KeptSequence };
    }

    private async Task CloseTakeAsync(OpenTake take, TakeStatus status)
    {
        // Detach first: whatever happens below, the singer can start a new take, and the take no longer counts as open.
        DetachTake();
        TakeRange? range = null;
        KaraokeSummary? karaoke = null;
        try
        {
            take.Frames.Clear();
            take.Tracker.Flush(take.Frames);
            foreach (var frame in take.Frames)
            {
                take.RangeAnalyzer.Add(frame);
                if (frame.IsVoiced)
                    take.VoicedFrameCount++;
            }

            take.RangeAnalyzer.Complete();
            range = TakeRange.From(take.RangeAnalyzer);
            // The tracker's last frames belong to the song too; only then is every note final.
            karaoke = take.Karaoke?.Complete(take.Frames);
            await take.Files.AppendFramesAsync(take.Frames, CancellationToken.None);
            take.FrameCount += take.Frames.Count;
        }
        finally
        {
            await take.Files.CloseAsync(status, time.GetUtcNow(), range, karaoke, CancellationToken.None);
        }

        metrics.TakeEnded(status);
        LogTakeEnded(SingerId, take.TakeId, status, take.Files.Record.DurationSeconds, take.Gaps.Count);
    }

    // The session lets go of its take: no longer open on this host, and no resume timer left to fire for it.
    private void DetachTake()
    {
        _take = null;
        metrics.TakeClosed();
        _resumeTimer?.Dispose();
        _resumeTimer = null;
    }

    private static double ScoreOf(OpenTake take) => take.Karaoke is { } karaoke ? KaraokeTake.RoundScore(karaoke.Score) : 0;

    private static void ToSamples(ReadOnlyMemory<byte> pcm, short[] buffer)
    {
        var samples = buffer.AsSpan(0, pcm.Length / AudioChunkRules.BytesPerSample);
        MemoryMarshal.Cast<byte, short>(pcm.Span).CopyTo(samples);
        if (!BitConverter.IsLittleEndian)
            BinaryPrimitives.ReverseEndianness(samples, samples);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Singer {SingerId} started take {TakeId} on connection {ConnectionId} with {SongId}")]
    private partial void LogTakeStarted(string singerId, string takeId, string connectionId, string songId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Singer {SingerId} take {TakeId} lost its connection; it waits {Seconds} s to be resumed")]
    private partial void LogTakeWaitsForResume(string singerId, string takeId, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Singer {SingerId} resumed take {TakeId} on connection {ConnectionId} from chunk {NextSequence}")]
    private partial void LogTakeResumed(string singerId, string takeId, string connectionId, long nextSequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Singer {SingerId} take {TakeId} recovered from its files: {ChunkCount} chunks replayed, it carries on from chunk {NextSequence}")]
    private partial void LogTakeRecovered(string singerId, string takeId, int chunkCount, long nextSequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Singer {SingerId} take {TakeId} stays open on disk as its host shuts down; it can be resumed on another host")]
    private partial void LogTakeLeftOpen(string singerId, string takeId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Singer {SingerId} take {TakeId}: the report could not be made")]
    private partial void LogReportFailed(Exception exception, string singerId, string takeId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Singer {SingerId} ended take {TakeId} as {Status} after {DurationSeconds:0.0} s with {GapCount} gaps")]
    private partial void LogTakeEnded(string singerId, string takeId, TakeStatus status, double durationSeconds, int gapCount);
}
