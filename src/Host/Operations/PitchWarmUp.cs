using System.Diagnostics;
using SingKing.Dsp.Pitch;
using SingKing.Dsp.Range;

namespace SingKing.Host.Operations;

/// <summary>
/// Sings to the pitch tracker for the host's first seconds, as a few quiet singers would, so that its code is compiled
/// to the runtime's optimised tier before real singers arrive. Without it, a host that starts under load runs the
/// tracker's first few thousand frames in slower, instrumented code while the runtime profiles it; with hundreds of
/// singers arriving at once that backlog took 10–30 s to drain (docs/benchmarks.md, "Warm-up"). The runtime promotes a
/// method only after it has been called for a while, so the warm-up streams at real time for
/// <c>SingKing:WarmUpSeconds</c> (5; 0 turns it off) instead of running once as fast as it can.
/// </summary>
internal sealed partial class PitchWarmUp(IConfiguration configuration, ILogger<PitchWarmUp> logger) : BackgroundService
{
    /// <summary>Configuration key of the warm-up's length in seconds.</summary>
    public const string SecondsKey = "SingKing:WarmUpSeconds";

    private const int Voices = 4;
    private const int SampleRate = 16_000;
    private const int ChunkSamples = 640;

    /// <summary>Pitch frames the warm-up has analysed so far.</summary>
    public long FramesAnalysed { get; private set; }

    /// <summary>Completes when the warm-up has run its course (or was turned off).</summary>
    public Task Completion => _completion.Task;

    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var seconds = configuration.GetValue(SecondsKey, 5.0);
            if (seconds > 0)
                await SingAsync(TimeSpan.FromSeconds(seconds), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; nothing to finish.
        }
        finally
        {
            _completion.TrySetResult();
        }
    }

    private async Task SingAsync(TimeSpan length, CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        var trackers = new PitchTracker[Voices];
        var ranges = new RangeAnalyzer[Voices];
        for (var v = 0; v < Voices; v++)
        {
            trackers[v] = new PitchTracker(SampleRate);
            ranges[v] = new RangeAnalyzer();
        }

        var chunk = new short[ChunkSamples];
        var frames = new List<PitchFrame>();
        var phases = new double[Voices];
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(ChunkSamples * 1000.0 / SampleRate));
        for (long index = 0; Stopwatch.GetElapsedTime(started) < length && await timer.WaitForNextTickAsync(stoppingToken); index++)
        {
            for (var v = 0; v < Voices; v++)
            {
                Sing(chunk, index, v, ref phases[v]);
                frames.Clear();
                trackers[v].Process(chunk, frames);
                foreach (var frame in frames)
                    ranges[v].Add(frame);
                FramesAnalysed += frames.Count;
            }
        }

        LogWarmedUp(FramesAnalysed, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    // A sung line: one note a second from A3 up a fifth per voice, five harmonics, 5.5 Hz vibrato, and a breath of
    // silence between notes so the tracker's unvoiced paths run too.
    private static void Sing(short[] chunk, long index, int voice, ref double phase)
    {
        for (var i = 0; i < chunk.Length; i++)
        {
            var t = (index * chunk.Length + i) / (double)SampleRate;
            var note = (int)t % 4;
            var f0 = 220 * Math.Pow(2, (voice * 7 + note * 2) / 12.0) * Math.Pow(2, 0.3 / 12 * Math.Sin(2 * Math.PI * 5.5 * t));
            phase += 2 * Math.PI * f0 / SampleRate;
            var inNote = t % 1;
            var envelope = inNote < 0.85 ? Math.Min(1, inNote / 0.05) : 0;
            var value = 0.0;
            for (var k = 1; k <= 5; k++)
                value += Math.Pow(0.5, k) * Math.Sin(k * phase);
            chunk[i] = (short)(envelope * value * 12_000);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pitch tracker warmed up: {Frames} frames in {Seconds:0.0} s")]
    private partial void LogWarmedUp(long frames, double seconds);
}
