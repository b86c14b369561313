using System.Net;

namespace SingKing.Cli.Load;

/// <summary>
/// One <c>singking load</c> run: signs up one fresh account per simulated singer, then for each mode connects them
/// all, streams, collects the answers and reads the CPU. Singers' chunk schedules are spread evenly over one chunk
/// period (and over the ramp), as independent browsers are; started together they would all send in the same
/// millisecond and measure a burst no real audience makes.
/// </summary>
internal sealed class LoadRun(LoadSettings settings, LoopedTake take, TimeProvider time, TextWriter progress)
{
    // Sign-up hashes a password on the host (deliberately slow); a few at a time keeps both cores busy without a queue.
    private const int ParallelSignUps = 4;
    private const int ParallelConnects = 16;

    // Hub negotiations go through one client; each request carries its singer's cookies itself.
    private static readonly HttpClient Negotiation = new(new SocketsHttpHandler { UseCookies = false }) { Timeout = TimeSpan.FromSeconds(60) };

    // How long answers may take after the last chunk was sent before the unanswered ones count as missing.
    private static readonly TimeSpan AnswerGrace = TimeSpan.FromSeconds(10);

    // The first chunks are due this long after the singers are all connected, so none starts overdue.
    private static readonly TimeSpan Lead = TimeSpan.FromMilliseconds(200);

    /// <summary>Runs every mode asked for and returns what was measured.</summary>
    public async Task<LoadReport> RunAsync(CancellationToken cancellationToken)
    {
        var runTag = Guid.NewGuid().ToString("N")[..8];
        var signUpErrors = new LoadErrors();
        var accounts = new CookieContainer?[settings.Singers];
        progress.WriteLine($"Signing up {settings.Singers} singers (load-{runTag}-N)…");
        await ForEachAsync(settings.Singers, ParallelSignUps, async i =>
        {
            try
            {
                accounts[i] = await SingerAccount.SignUpAsync(settings.Url, $"load-{runTag}-{i}", cancellationToken);
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                signUpErrors.Add("signUp", error);
            }
        });
        var signedUp = accounts.Where(a => a is not null).Cast<CookieContainer>().ToList();

        List<ModeResult> modes = [];
        foreach (var mode in settings.Mode == LoadMode.Both ? [LoadMode.Echo, LoadMode.Product] : new[] { settings.Mode })
            modes.Add(await RunModeAsync(mode, signedUp, cancellationToken));
        return new LoadReport(settings, signedUp.Count, signUpErrors.Counts, modes);
    }

    private async Task<ModeResult> RunModeAsync(LoadMode mode, IReadOnlyList<CookieContainer> accounts, CancellationToken cancellationToken)
    {
        var name = mode == LoadMode.Echo ? "echo" : "product";
        var errors = new LoadErrors();
        var singers = accounts.Select(cookies => new SimulatedSinger(settings, take, cookies, mode, errors, time)).ToList();
        try
        {
            progress.WriteLine($"{name}: connecting {singers.Count} singers…");
            await ForEachAsync(singers.Count, ParallelConnects, i => singers[i].ConnectAsync(Negotiation, cancellationToken));
            var streaming = singers.Where(s => s.Streaming).ToList();
            progress.WriteLine($"{name}: {streaming.Count} streaming for {settings.Seconds} s…");

            var period = TimeSpan.FromMilliseconds(settings.ChunkMs);
            var wholeRun = CpuReading.Take(time, settings.HostPid);
            var warmup = TimeSpan.FromSeconds(settings.WarmupSeconds);
            CpuReading? allStreaming = null, measuredFrom = null, firstDone = null;
            Task warmingUp = Task.CompletedTask;
            var started = 0;
            var finished = 0;
            var start = time.GetTimestamp();
            for (var i = 0; i < streaming.Count; i++)
            {
                var offset = Lead + TimeSpan.FromSeconds(settings.RampSeconds) * i / streaming.Count + period * i / streaming.Count;
                streaming[i].Begin(
                    new ChunkSchedule(time, start, offset, period),
                    () =>
                    {
                        if (Interlocked.Increment(ref started) != streaming.Count)
                            return;
                        allStreaming = CpuReading.Take(time, settings.HostPid);
                        warmingUp = warmup > TimeSpan.Zero
                            ? Task.Delay(warmup, time, cancellationToken).ContinueWith(
                                _ => measuredFrom = CpuReading.Take(time, settings.HostPid), TaskScheduler.Default)
                            : Task.FromResult(measuredFrom = allStreaming);
                    },
                    () =>
                    {
                        if (Interlocked.Increment(ref finished) == 1)
                            firstDone = CpuReading.Take(time, settings.HostPid);
                    });
            }

            await ChunkPacer.RunAsync(streaming, time, cancellationToken);
            await warmingUp;

            using (var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                grace.CancelAfter(AnswerGrace);
                await Task.WhenAll(streaming.Select(s => s.WaitForAnswersAsync(grace.Token)));
            }

            var end = CpuReading.Take(time, settings.HostPid);
            var steady = measuredFrom is not null && firstDone is not null && firstDone.Timestamp > measuredFrom.Timestamp
                ? firstDone.Since(measuredFrom, time)
                : null;
            var cpu = steady is { WallSeconds: >= 1 } ? steady : end.Since(wholeRun, time);

            // Latency is the steady state's: chunks due once every singer was streaming and the warm-up was over, so
            // neither the ramp nor the host's first seconds under the load are counted. Loss counts every chunk.
            var allStreamingFrom = allStreaming?.Timestamp ?? long.MaxValue;
            // The warm-up ends exactly W after every singer was streaming, not when its timer fired: on a busy machine
            // the timer fires late, and the chunks due meanwhile belong to the measured stretch.
            var steadyFrom = allStreaming is null
                ? long.MaxValue
                : allStreaming.Timestamp + (long)Math.Round(warmup.TotalSeconds * time.TimestampFrequency);
            var dueSince = streaming
                .SelectMany(s => s.LatencyMs.Take(s.Sent).Select((latency, i) => (DueAt: s.DueAt[i], LatencyMs: latency)))
                .Where(c => c.DueAt >= allStreamingFrom && !double.IsNaN(c.LatencyMs))
                .ToList();
            var latencies = dueSince.Where(c => c.DueAt >= steadyFrom).Select(c => c.LatencyMs).Order().ToList();
            var warmupLatencies = dueSince.Where(c => c.DueAt < steadyFrom).Select(c => c.LatencyMs).Order().ToList();
            var timeline = LatencyTimeline.Of(dueSince, allStreamingFrom, settings.ChunkMs, time.TimestampFrequency);
            var sent = streaming.Sum(s => (long)s.Sent);
            var answered = streaming.Sum(s => (long)s.LatencyMs.Take(s.Sent).Count(l => !double.IsNaN(l)));
            var result = new ModeResult
            {
                Mode = name,
                Singers = singers.Count,
                SingersConnected = streaming.Count,
                ChunksSent = sent,
                ChunksAnswered = answered,
                ChunksTimed = latencies.Count,
                P50Ms = LatencyPercentiles.Of(latencies, 50),
                P95Ms = LatencyPercentiles.Of(latencies, 95),
                P99Ms = LatencyPercentiles.Of(latencies, 99),
                MaxMs = latencies.Count == 0 ? double.NaN : latencies[^1],
                LateFrames = latencies.Count(l => l > settings.ChunkMs),
                WarmupChunksTimed = warmupLatencies.Count,
                WarmupP99Ms = LatencyPercentiles.Of(warmupLatencies, 99),
                WarmupLateFrames = warmupLatencies.Count(l => l > settings.ChunkMs),
                Timeline = timeline,
                MissingFrames = sent - answered,
                Errors = [],
                Cpu = cpu,
                MaxSendLagMs = streaming.Count == 0 ? 0 : streaming.Max(s => s.MaxSendLagMs),
            };

            progress.WriteLine($"{name}: ending the takes…");
            await ForEachAsync(streaming.Count, ParallelConnects, i => streaming[i].EndAsync(cancellationToken));
            // Errors ending a take count too: a take the host could not end is a fault the run must show.
            return result with { Errors = errors.Counts };
        }
        finally
        {
            await ForEachAsync(singers.Count, ParallelConnects, async i => await singers[i].DisposeAsync());
        }
    }

    private static async Task ForEachAsync(int count, int parallel, Func<int, Task> body)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(parallel, count)).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                await body(i);
        }));
    }
}
