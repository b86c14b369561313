using System.Net;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace SingKing.Cli.Load;

/// <summary>
/// One simulated singer in one mode: a SignalR connection over WebSockets with MessagePack carrying the account's
/// cookies, streaming a chunk on every tick of its <see cref="ChunkSchedule"/> without waiting for earlier answers,
/// as the page does. Each chunk's send→answer time lands in <see cref="LatencyMs"/> (NaN while unanswered).
/// </summary>
internal sealed class SimulatedSinger(LoadSettings settings, LoopedTake take, CookieContainer cookies, LoadMode mode, LoadErrors errors, TimeProvider time)
    : IAsyncDisposable
{
    private HubConnection? _connection;
    private int _pending;
    private readonly TaskCompletionSource _allAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Send→answer time per chunk, in ms; NaN for a chunk with no answer (yet).</summary>
    public double[] LatencyMs { get; } = Enumerable.Repeat(double.NaN, settings.ChunksPerSinger).ToArray();

    /// <summary>When each chunk was sent, as a <see cref="TimeProvider"/> timestamp.</summary>
    public long[] SentAt { get; } = new long[settings.ChunksPerSinger];

    /// <summary>Chunks sent so far.</summary>
    public int Sent { get; private set; }

    /// <summary>
    /// Most a send left after its due time, in ms: when this grows beyond a few ms the load tool itself is short of CPU
    /// and its latencies overstate the host's.
    /// </summary>
    public double MaxSendLagMs { get; private set; }

    /// <summary>True once connected (and, in product mode, with a take open): the singer streams.</summary>
    public bool Streaming { get; private set; }

    /// <summary>Connects to the mode's hub and, in product mode, starts a take; a failure is counted and leaves the singer out.</summary>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var hub = new Uri(settings.Url, mode == LoadMode.Echo ? "hubs/echo" : "hubs/singing");
        _connection = new HubConnectionBuilder()
            .WithUrl(hub, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.Cookies = cookies;
            })
            .AddMessagePackProtocol()
            .Build();
        // Answers are timed on arrival; the default 30 s server timeout still catches a host that stopped answering.
        try
        {
            await _connection.StartAsync(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            errors.Add("connect", error);
            return;
        }

        if (mode == LoadMode.Product)
        {
            try
            {
                await _connection.InvokeAsync<object?>("startSession", new HubSessionStart { SampleRate = LoopedTake.SampleRate }, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                errors.Add("startSession", error);
                return;
            }
        }

        Streaming = true;
    }

    /// <summary>Sends every chunk on its schedule; <paramref name="firstChunkSent"/> and <paramref name="lastChunkSent"/> run once each.</summary>
    public async Task StreamAsync(ChunkSchedule schedule, Action firstChunkSent, Action lastChunkSent, CancellationToken cancellationToken)
    {
        if (!Streaming)
            return;
        _pending = 1; // held by this loop until the last chunk is sent, so "all answered" cannot fire early
        for (var index = 0; index < LatencyMs.Length; index++)
        {
            await schedule.WaitForAsync(index, cancellationToken);
            MaxSendLagMs = Math.Max(MaxSendLagMs, schedule.Lateness(index).TotalMilliseconds);
            var pcm = take.Chunk(index, settings.ChunkSamples);
            Interlocked.Increment(ref _pending);
            var sent = time.GetTimestamp();
            SentAt[index] = sent;
            var answer = _connection!.InvokeAsync<HubChunkAnswer>(
                "sendChunk", new HubChunk { Sequence = index, SampleRate = LoopedTake.SampleRate, Pcm = pcm }, CancellationToken.None);
            Sent++;
            _ = RecordAsync(answer, index, sent);
            if (index == 0)
                firstChunkSent();
        }

        lastChunkSent();
        Settle();
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
        if (!Streaming || mode != LoadMode.Product)
            return;
        try
        {
            await _connection!.InvokeAsync<object?>("endSession", cancellationToken);
        }
        catch (Exception error)
        {
            errors.Add("endSession", error);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
            await _connection.DisposeAsync();
    }

    private async Task RecordAsync(Task<HubChunkAnswer> answer, int index, long sent)
    {
        try
        {
            var result = await answer;
            if (result.Sequence == index)
                LatencyMs[index] = time.GetElapsedTime(sent).TotalMilliseconds;
            else
                errors.Add("sendChunk:wrongSequence");
        }
        catch (Exception error)
        {
            errors.Add("sendChunk", error);
        }
        finally
        {
            Settle();
        }
    }

    private void Settle()
    {
        if (Interlocked.Decrement(ref _pending) == 0)
            _allAnswered.TrySetResult();
    }
}
