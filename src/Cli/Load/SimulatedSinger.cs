using System.Net;

namespace SingKing.Cli.Load;

/// <summary>
/// One simulated singer in one mode: a SignalR connection over WebSockets with MessagePack carrying the account's
/// cookies, streaming a chunk whenever its <see cref="ChunkSchedule"/> says one is due, without waiting for earlier
/// answers, as the page does: the chunks go up one client stream of <c>streamChunks</c>, opened once the connection
/// (in product mode, the take) is, and the host answers each with an item of its own stream, in order. The
/// <see cref="ChunkPacer"/> sends for every singer from one thread; answers arrive on the connection's receiving
/// thread. Each chunk's due→answer time lands in <see cref="LatencyMs"/> (NaN while unanswered).
/// </summary>
internal sealed class SimulatedSinger(LoadSettings settings, LoopedTake take, CookieContainer cookies, LoadMode mode, LoadErrors errors, TimeProvider time)
    : IAsyncDisposable
{
    private const int StartSessionId = -1;
    private const int EndSessionId = -2;
    private const int StreamChunksId = -3;
    private const int ChunkStreamId = 1;

    // How long the host may take to end its stream once the singer's is complete; its answers are all in by then.
    private static readonly TimeSpan StreamEndGrace = TimeSpan.FromSeconds(10);

    private readonly HubMessageBuffer _message = new();
    private readonly byte[] _pcm = new byte[settings.ChunkSamples * 2];
    private readonly TaskCompletionSource _allAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HubSocket? _connection;
    private ChunkSchedule? _schedule;
    private Action? _firstChunkSent;
    private Action? _lastChunkSent;
    private Task? _streamEnded;
    private volatile bool _streamComplete;
    private int _answered;
    private int _pending;
    private volatile bool _broken;
    private volatile bool _disposing;

    /// <summary>Due→answer time per chunk, in ms; NaN for a chunk with no answer (yet).</summary>
    public double[] LatencyMs { get; } = Enumerable.Repeat(double.NaN, settings.ChunksPerSinger).ToArray();

    /// <summary>When each chunk was due, as a <see cref="TimeProvider"/> timestamp: the moment its audio was complete.</summary>
    public long[] DueAt { get; } = new long[settings.ChunksPerSinger];

    /// <summary>Chunks sent so far.</summary>
    public int Sent { get; private set; }

    /// <summary>
    /// Most a send left after its due time, in ms: when this grows beyond a few ms the load tool itself is short of CPU,
    /// or the host stopped reading.
    /// </summary>
    public double MaxSendLagMs { get; private set; }

    /// <summary>True once connected (in product mode, with a take open) and with the stream of chunks open: the singer streams.</summary>
    public bool Streaming { get; private set; }

    /// <summary>
    /// Connects to the mode's hub, in product mode starts a take, and opens the stream of chunks; a failure is counted
    /// and leaves the singer out.
    /// </summary>
    public async Task ConnectAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var hub = new Uri(settings.Url, mode == LoadMode.Echo ? "hubs/echo" : "hubs/singing");
        try
        {
            _connection = await HubSocket.ConnectAsync(http, hub, cookies, OnChunkAnswer, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            errors.Add("connect", error);
            return;
        }

        _ = WatchConnectionAsync(_connection);
        if (mode == LoadMode.Product)
        {
            try
            {
                var started = await _connection.InvokeAsync(buffer => HubWire.WriteStartSession(buffer, StartSessionId, LoopedTake.SampleRate, settings.SongId), cancellationToken);
                if (started.Error is { } refused)
                {
                    errors.Add("startSession:" + LoadErrors.KindOf(refused));
                    return;
                }
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                errors.Add("startSession", error);
                return;
            }
        }

        try
        {
            var streamEnd = await _connection.StartCallAsync(buffer => HubWire.WriteStreamChunks(buffer, StreamChunksId, ChunkStreamId), cancellationToken);
            _streamEnded = WatchStreamAsync(streamEnd);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            errors.Add("streamChunks", error);
            return;
        }

        Streaming = true;
    }

    /// <summary>Readies the singer to stream on <paramref name="schedule"/>; the pacer then calls <see cref="SendDue"/>.</summary>
    public void Begin(ChunkSchedule schedule, Action firstChunkSent, Action lastChunkSent)
    {
        _schedule = schedule;
        _firstChunkSent = firstChunkSent;
        _lastChunkSent = lastChunkSent;
        _pending = 1; // held until the last chunk is sent, so "all answered" cannot fire early
        if (LatencyMs.Length == 0)
            Finish();
    }

    /// <summary>
    /// Sends every chunk due by <paramref name="now"/> (a <see cref="TimeProvider"/> timestamp) that the connection can
    /// take; returns when the next one is due, <see cref="long.MaxValue"/> once all are sent. After the connection broke
    /// the chunks still fall due and are counted as sent, unanswered.
    /// </summary>
    public long SendDue(long now)
    {
        var schedule = _schedule!;
        while (Sent < LatencyMs.Length)
        {
            var index = Sent;
            var due = schedule.DueTimestamp(index);
            if (due > now)
                return due;
            if (!_broken)
            {
                take.CopyChunk(index, _pcm);
                // A karaoke take's chunks carry the song time of their first sample; the song starts with the take.
                double? songSeconds = mode == LoadMode.Product && settings.SongId is not null ? index * settings.ChunkMs / 1000.0 : null;
                var message = HubWire.WriteChunkItem(_message, ChunkStreamId, index, LoopedTake.SampleRate, _pcm, songSeconds);
                // Counted before the send: the answer can arrive before TrySend returns.
                DueAt[index] = due;
                Interlocked.Increment(ref _pending);
                Sent++;
                bool started;
                try
                {
                    started = _connection!.TrySend(message, OnSendFailed);
                }
                catch (Exception error)
                {
                    OnSendFailed(error);
                    Settle(); // never sent: no answer to wait for; it counts as missing
                    started = true;
                }

                if (!started)
                {
                    // One send at a time per connection: while a keep-alive ping or a chunk the host has not yet made
                    // room for is still going out, this chunk waits for the next pass, its lateness counted.
                    Sent--;
                    Settle();
                    return now + 1;
                }

                MaxSendLagMs = Math.Max(MaxSendLagMs, schedule.Lateness(index).TotalMilliseconds);
            }
            else
            {
                // The connection broke: the audio still comes due and is lost, so it counts as sent and unanswered.
                DueAt[index] = due;
                Sent++;
            }

            if (index == 0)
                _firstChunkSent!();
        }

        Finish();
        return long.MaxValue;
    }

    /// <summary>Completes when every chunk sent has its answer or its error, or when <paramref name="cancellationToken"/> gives up waiting.</summary>
    public async Task WaitForAnswersAsync(CancellationToken cancellationToken)
    {
        if (!Streaming)
            return;
        try
        {
            await _allAnswered.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // What is still unanswered is reported as missing.
        }
    }

    /// <summary>
    /// Completes the stream of chunks and waits for the host to end its own, then in product mode ends the take, as the
    /// page does when the singer stops; a failure is counted.
    /// </summary>
    public async Task EndAsync(CancellationToken cancellationToken)
    {
        if (!Streaming || _broken)
            return;
        try
        {
            // Marked first: the host's end of its stream can arrive before the send returns.
            _streamComplete = true;
            await _connection!.SendAsync(buffer => HubWire.WriteStreamComplete(buffer, ChunkStreamId), OnSendFailed, cancellationToken);
            await _streamEnded!.WaitAsync(StreamEndGrace, cancellationToken);
        }
        catch (Exception error)
        {
            errors.Add("streamChunks", error);
        }

        if (mode != LoadMode.Product || _broken)
            return;
        try
        {
            var ended = await _connection!.InvokeAsync(buffer => HubWire.WriteEndSession(buffer, EndSessionId), cancellationToken);
            if (ended.Error is { } refused)
                errors.Add("endSession:" + LoadErrors.KindOf(refused));
        }
        catch (Exception error)
        {
            errors.Add("endSession", error);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _disposing = true;
        if (_connection is not null)
            await _connection.DisposeAsync();
    }

    // The host answers the chunks in the order they were sent, each answer naming its chunk by sequence. An answer
    // that skips chunks leaves them unanswered for good: they settle as missing and the skip counts as an error.
    private void OnChunkAnswer(HubReply answer)
    {
        if (answer.InvocationId != StreamChunksId)
        {
            errors.Add("streamChunks:unexpectedAnswer");
            return;
        }

        if (answer.Sequence is not { } sequence)
        {
            errors.Add("streamChunks:wrongSequence");
            return;
        }

        // Only the receiving thread reads and moves _answered; Sent grows before each chunk is handed to the socket.
        if (sequence < _answered || sequence >= Sent)
        {
            errors.Add("streamChunks:unexpectedAnswer");
            return;
        }

        var index = (int)sequence;
        if (index > _answered)
        {
            errors.Add("streamChunks:wrongSequence");
            for (; _answered < index; _answered++)
                Settle();
        }

        _answered = index + 1;
        if (answer.Error is { } error)
            errors.Add("streamChunks:" + LoadErrors.KindOf(error));
        else
            LatencyMs[index] = time.GetElapsedTime(DueAt[index]).TotalMilliseconds;
        Settle();
    }

    // The host ends its stream when the singer's is complete; ending it before, or with an error, is an error of the
    // run (chunks sent after it go unanswered and count as missing).
    private async Task WatchStreamAsync(Task<HubReply> streamEnd)
    {
        HubReply end;
        try
        {
            end = await streamEnd;
        }
        catch (Exception)
        {
            // The connection ended first: that is the connection's error, counted where the connection is watched.
            return;
        }

        if (end.Error is { } error)
            errors.Add("streamChunks:" + LoadErrors.KindOf(error));
        else if (!_streamComplete)
            errors.Add("streamChunks:endedByHost");
    }

    private void OnSendFailed(Exception error)
    {
        _broken = true;
        errors.Add("send", error);
    }

    // A connection that ends while the run still uses it is an error of the run: the rest of its audio is lost.
    private async Task WatchConnectionAsync(HubSocket connection)
    {
        Exception? error = null;
        try
        {
            await connection.Receiving;
        }
        catch (Exception failure)
        {
            error = failure;
        }

        if (_disposing || _broken)
            return;
        _broken = true;
        if (error is null)
            errors.Add("connection:closedByHost");
        else
            errors.Add("connection", error);
    }

    private void Finish()
    {
        var last = _lastChunkSent;
        _lastChunkSent = null;
        if (last is null)
            return;
        last();
        Settle();
    }

    private void Settle()
    {
        if (Interlocked.Decrement(ref _pending) == 0)
            _allAnswered.TrySetResult();
    }
}
