using BenchmarkDotNet.Attributes;
using NWaves.Features;
using SingKing.Dsp.Pitch;

namespace SingKing.Benchmarks.Speed;

/// <summary>
/// Cost of one 10 ms hop of pitch tracking. Each operation feeds 1 s of a sung-like tone in 20 ms chunks,
/// as a live session does, and is reported per hop (OperationsPerInvoke = 100).
/// NWaves' time-domain YIN on the same hops, with the same 480-sample integration window and 60–1100 Hz
/// range, is the reference point.
/// </summary>
[MemoryDiagnoser]
public class PitchTrackerBenchmarks
{
    private const int HopsPerOperation = 100;
    private const double ChunkSeconds = 0.020;
    private const int AnalysisRate = 16_000;
    private const int Hop = AnalysisRate / 100;
    // NWaves' YIN compares the first half of what it is given with lagged copies, so 960 samples
    // give it the tracker's 480-sample integration window and lags past the 60 Hz period (267 samples).
    private const int NWavesFrame = 960;

    // A host tracks many singers at once, each with its own tracker and audio, one chunk each in turn.
    private const int Singers = 500;
    private const int HostChunkSamples = AnalysisRate * 40 / 1000;

    private readonly List<PitchFrame> _frames = new(capacity: 256);
    private PitchTracker[] _singers = [];
    private float[][] _singerAudio = [];
    private int _singerChunk;
    private float[] _audio16k = [];
    private float[] _audio44k = [];
    private float[] _audioForNWaves = [];
    private PitchTracker _tracker16k = null!;
    private PitchTracker _tracker44k = null!;

    [GlobalSetup]
    public void Setup()
    {
        _audio16k = SungTone(AnalysisRate, 1.0);
        _audio44k = SungTone(44_100, 1.0);
        _audioForNWaves = SungTone(AnalysisRate, 1.0 + (double)NWavesFrame / AnalysisRate);
        _tracker16k = new PitchTracker(16_000);
        _tracker44k = new PitchTracker(44_100);
        _singers = [.. Enumerable.Range(0, Singers).Select(_ => new PitchTracker(AnalysisRate))];
        _singerAudio = [.. Enumerable.Range(0, Singers).Select(_ => (float[])_audio16k.Clone())];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = HopsPerOperation, Description = "PitchTracker, 16 kHz input")]
    public int Tracker_16kHz() => Feed(_tracker16k, _audio16k, 16_000);

    [Benchmark(OperationsPerInvoke = HopsPerOperation, Description = "PitchTracker, 44.1 kHz input (resampled)")]
    public int Tracker_44kHz() => Feed(_tracker44k, _audio44k, 44_100);

    [Benchmark(OperationsPerInvoke = Singers * HostChunkSamples / Hop, Description = "PitchTracker, 500 singers in turn, 40 ms chunks")]
    public int Trackers_500_singers()
    {
        // One 40 ms chunk for every singer, as a host's session grains take them: each tracker's buffers and each
        // singer's audio are out of the cache by the time its turn comes again.
        _frames.Clear();
        var chunks = _audio16k.Length / HostChunkSamples;
        var from = _singerChunk++ % chunks * HostChunkSamples;
        for (var i = 0; i < Singers; i++)
            _singers[i].Process(_singerAudio[i].AsSpan(from, HostChunkSamples), _frames);
        return _frames.Count;
    }

    [Benchmark(OperationsPerInvoke = HopsPerOperation, Description = "NWaves Pitch.FromYin, 16 kHz")]
    public float NWaves_FromYin_16kHz()
    {
        float sum = 0;
        for (int k = 0; k < HopsPerOperation; k++)
            sum += Pitch.FromYin(_audioForNWaves, AnalysisRate, k * Hop, k * Hop + NWavesFrame, low: 60, high: 1100);
        return sum;
    }

    private int Feed(PitchTracker tracker, float[] audio, int sampleRate)
    {
        // The tracker keeps its state between operations: a steady stream, like a long live take.
        _frames.Clear();
        int chunk = (int)Math.Round(ChunkSeconds * sampleRate);
        for (int i = 0; i < audio.Length; i += chunk)
            tracker.Process(audio.AsSpan(i, Math.Min(chunk, audio.Length - i)), _frames);
        return _frames.Count;
    }

    /// <summary>A 220 Hz voice-like tone: 8 harmonics falling 6 dB per octave, 5.5 Hz vibrato of ±30 cents.</summary>
    private static float[] SungTone(int sampleRate, double seconds)
    {
        var samples = new float[(int)Math.Round(seconds * sampleRate)];
        double phase = 0;
        for (int i = 0; i < samples.Length; i++)
        {
            double t = (double)i / sampleRate;
            double f0 = 220 * Math.Pow(2, 30 / 1200.0 * Math.Sin(2 * Math.PI * 5.5 * t));
            phase += 2 * Math.PI * f0 / sampleRate;
            double x = 0;
            for (int h = 1; h <= 8; h++)
                x += Math.Sin(h * phase) / h;
            samples[i] = (float)(0.2 * x);
        }
        return samples;
    }
}
