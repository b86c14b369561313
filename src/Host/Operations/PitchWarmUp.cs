using System.Diagnostics;
using SingKing.Dsp.Audio;
using SingKing.Dsp.Pitch;
using SingKing.Dsp.Range;
using SingKing.Dsp.Synthesis;
using SingKing.Grains.Sessions;
using SingKing.Host.Songs;

namespace SingKing.Host.Operations;

/// <summary>
/// Sings to the pitch tracker for the host's first seconds, as a few quiet singers would, so that its code is compiled
/// to the runtime's optimised tier before real singers arrive. Without it, a host that starts under load runs the
/// tracker's first few thousand frames in slower, instrumented code while the runtime profiles it; with hundreds of
/// singers arriving at once that backlog took 10–30 s to drain (docs/benchmarks.md, "Third round"). The runtime
/// promotes a method only after it has been called for a while, so the warm-up streams <c>SingKing:WarmUpSeconds</c>
/// (5; 0 turns it off) of audio at real time instead of running once as fast as it can. Each voice also sings to the
/// library's first song, so the note aligner of karaoke takes, most singers' path, is compiled too: without it a fresh
/// host's first karaoke singers waited up to 2.5 s (docs/benchmarks.md, "Seventh round"). It is done when
/// <see cref="BackgroundService.ExecuteTask"/> completes.
/// </summary>
internal sealed partial class PitchWarmUp(IConfiguration configuration, SongLibrary songs, ILogger<PitchWarmUp> logger) : BackgroundService
{
    /// <summary>Configuration key of the warm-up's length in seconds.</summary>
    public const string SecondsKey = "SingKing:WarmUpSeconds";

    private const int Voices = 4;
    private const int SampleRate = 16_000;
    private const int ChunkSamples = 640;
    private const double LineSeconds = 4;

    /// <summary>Pitch frames the warm-up has analysed so far.</summary>
    public long FramesAnalysed { get; private set; }

    /// <summary>Of those, the frames also aligned to a song's notes (none when the library holds no song).</summary>
    public long FramesAligned { get; private set; }

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

        var karaoke = new KaraokeTake?[Voices];
        if (songs.Songs is [var song, ..])
        {
            for (var v = 0; v < Voices; v++)
                karaoke[v] = KaraokeTake.For(new StartTake("warm-up", SampleRate, song.Id, null, null, false), songs);
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
                if (karaoke[v] is { } take)
                {
                    // The song starts with the warm-up: each chunk's first sample is at its own time in the song.
                    take.Mark(index * ChunkSamples, (double)index * ChunkSamples / SampleRate);
                    take.Add(frames);
                    FramesAligned += frames.Count;
                }
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
