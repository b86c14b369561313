using System.Net;

namespace SingKing.Cli.Load;

/// <summary>
/// One simulated singer in one mode: a SignalR connection over WebSockets with MessagePack carrying the account's
/// cookies, streaming a chunk whenever its <see cref="ChunkSchedule"/> says one is due, without waiting for earlier
/// answers, as the page does. The <see cref="ChunkPacer"/> sends for every singer from one thread; answers arrive on
/// the connection's receiving thread. Each chunk's due→answer time lands in <see cref="LatencyMs"/> (NaN while
/// unanswered).
/// </summary>
internal sealed class SimulatedSinger(LoadSettings settings, LoopedTake take, CookieContainer cookies, LoadMode mode, LoadErrors errors, TimeProvider time)
    : IAsyncDisposable
{
    private const int StartSessionId = -1;
    private const int EndSessionId = -2;

    private readonly HubMessageBuffer _message = new();
    private readonly byte[] _pcm = new byte[settings.ChunkSamples * 2];
    private readonly TaskCompletionSource _allAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HubSocket? _connection;
    private ChunkSchedule? _schedule;
    private Action? _firstChunkSent;
    private Action? _lastChunkSent;
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

    /// <summary>True once connected (and, in product mode, with a take open): the singer streams.</summary>
    public bool Streaming { get; private set; }

    /// <summary>Connects to the mode's hub and, in product mode, starts a take; a failure is counted and leaves the singer out.</summary>
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
                var message = HubWire.WriteSendChunk(_message, index, LoopedTake.SampleRate, _pcm, songSeconds);
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

    /// <summary>Ends the take in product mode, as the page does when the singer stops; a failure is counted.</summary>
    public async Task EndAsync(CancellationToken cancellationToken)
    {
        if (!Streaming || mode != LoadMode.Product || _broken)
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

    private void OnChunkAnswer(HubReply answer)
    {
        var index = answer.InvocationId!.Value;
        if (index >= Sent || !double.IsNaN(LatencyMs[index]))
            errors.Add("sendChunk:unexpectedAnswer");
        else if (answer.Error is { } error)
            errors.Add("sendChunk:" + LoadErrors.KindOf(error));
        else if (answer.Sequence != index)
            errors.Add("sendChunk:wrongSequence");
        else
            LatencyMs[index] = time.GetElapsedTime(DueAt[index]).TotalMilliseconds;
        Settle();
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
