using System.Diagnostics;
using SingKing.Dsp.Audio;
using SingKing.Dsp.Pitch;
using SingKing.Dsp.Range;
using SingKing.Dsp.Synthesis;

namespace SingKing.Host.Operations;

/// <summary>
/// Sings to the pitch tracker for the host's first seconds, as a few quiet singers would, so that its code is compiled
/// to the runtime's optimised tier before real singers arrive. Without it, a host that starts under load runs the
/// tracker's first few thousand frames in slower, instrumented code while the runtime profiles it; with hundreds of
/// singers arriving at once that backlog took 10–30 s to drain (docs/benchmarks.md, "Third round"). The runtime
/// promotes a method only after it has been called for a while, so the warm-up streams <c>SingKing:WarmUpSeconds</c>
/// (5; 0 turns it off) of audio at real time instead of running once as fast as it can. It is done when
/// <see cref="BackgroundService.ExecuteTask"/> completes.
/// </summary>
internal sealed partial class PitchWarmUp(IConfiguration configuration, ILogger<PitchWarmUp> logger) : BackgroundService
{
    /// <summary>Configuration key of the warm-up's length in seconds.</summary>
    public const string SecondsKey = "SingKing:WarmUpSeconds";

    private const int Voices = 4;
    private const int SampleRate = 16_000;
    private const int ChunkSamples = 640;
    private const double LineSeconds = 4;

    /// <summary>Pitch frames the warm-up has analysed so far.</summary>
    public long FramesAnalysed { get; private set; }

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
    }

    private async Task SingAsync(TimeSpan length, CancellationToken stoppingToken)
    {
        var line = SungLine();
        var trackers = new PitchTracker[Voices];
        var ranges = new RangeAnalyzer[Voices];
        for (var v = 0; v < Voices; v++)
        {
            trackers[v] = new PitchTracker(SampleRate);
            ranges[v] = new RangeAnalyzer();
        }

        var frames = new List<PitchFrame>();
        var started = Stopwatch.GetTimestamp();
        // A fixed amount of audio, paced at real time: on a busy machine whose timer ticks late it takes longer, but the
        // tracker still sees all of it.
        var chunks = (long)Math.Ceiling(length.TotalSeconds * SampleRate / ChunkSamples);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(ChunkSamples * 1000.0 / SampleRate));
        for (long index = 0; index < chunks && await timer.WaitForNextTickAsync(stoppingToken); index++)
        {
            for (var v = 0; v < Voices; v++)
            {
                // Each voice loops the same line from its own place in it, in 16-bit chunks as the page sends them.
                var chunk = (int)((index + v * line.Length / ChunkSamples / Voices) % (line.Length / ChunkSamples));
                frames.Clear();
                trackers[v].Process(line.AsSpan(chunk * ChunkSamples, ChunkSamples), frames);
                foreach (var frame in frames)
                    ranges[v].Add(frame);
                FramesAnalysed += frames.Count;
            }
        }

        LogWarmedUp(FramesAnalysed, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    // A sung line from the project's synthesizer: four notes a second apart with a breath between them, so the
    // tracker's voiced and unvoiced paths both run.
    private static short[] SungLine()
    {
        var notes = Enumerable.Range(0, (int)LineSeconds).Select(n => SungNote.FromMidi(57 + 2 * n, n, 0.85));
        var take = new VoiceSynthesizer().Synthesize(new F0Contour(notes), SampleRate, LineSeconds, seed: 1);
        return [.. take.Samples.Select(WavWriter.ToPcm16)];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pitch tracker warmed up: {Frames} frames in {Seconds:0.0} s")]
    private partial void LogWarmedUp(long frames, double seconds);
}
