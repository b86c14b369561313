using SingKing.Dsp.Tests.Pitch;

namespace SingKing.Dsp.Tests;

/// <summary>
/// The tracker runs on every 20 ms chunk of every live singer, so after warm-up it must not allocate:
/// garbage there turns into GC pauses under load. Counted bytes, not timed, so the result is deterministic.
/// </summary>
[Collection(AllocationCollection.Name)]
public sealed class PitchTrackerAllocationTests
{
    private const double ChunkSeconds = 0.020;

    [Theory]
    [InlineData(16_000)]
    [InlineData(44_100)]
    public void Tracker_processes_10_s_in_20_ms_chunks_without_allocating(int sampleRate)
    {
        float[] audio = Phrase(sampleRate);
        int chunk = (int)Math.Round(ChunkSeconds * sampleRate);
        var tracker = new PitchTracker(sampleRate);
        var frames = new List<PitchFrame>(capacity: 2_000);
        // Warm-up on the whole phrase, so every path (notes, breaths, gated tails) is compiled and every buffer sized.
        Feed(tracker, audio, chunk, frames);
        frames.Clear();

        long allocated = AllocationCount.Of(() => Feed(tracker, audio, chunk, frames));

        Assert.True(frames.Count >= 990, $"Expected about 1000 frames from 10 s, got {frames.Count}.");
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Tracker_processes_10_s_of_16_bit_samples_in_20_ms_chunks_without_allocating()
    {
        const int sampleRate = 16_000;
        short[] audio = Phrase(sampleRate).Select(x => (short)Math.Round(x * 32767)).ToArray();
        int chunk = (int)Math.Round(ChunkSeconds * sampleRate);
        var tracker = new PitchTracker(sampleRate);
        var frames = new List<PitchFrame>(capacity: 2_000);
        // Warm-up on the whole phrase, so every path is compiled and every buffer sized.
        for (int i = 0; i < audio.Length; i += chunk)
            tracker.Process(audio.AsSpan(i, Math.Min(chunk, audio.Length - i)), frames);
        frames.Clear();

        long allocated = AllocationCount.Of(() =>
        {
            for (int i = 0; i < audio.Length; i += chunk)
                tracker.Process(audio.AsSpan(i, Math.Min(chunk, audio.Length - i)), frames);
        });

        Assert.True(frames.Count >= 990, $"Expected about 1000 frames from 10 s, got {frames.Count}.");
        Assert.Equal(0, allocated);
    }

    private static void Feed(PitchTracker tracker, ReadOnlySpan<float> audio, int chunk, List<PitchFrame> frames)
    {
        for (int i = 0; i < audio.Length; i += chunk)
            tracker.Process(audio.Slice(i, Math.Min(chunk, audio.Length - i)), frames);
    }

    /// <summary>10 s of notes and breaths over a faint noise floor, so voiced and unvoiced paths both run.</summary>
    private static float[] Phrase(int sampleRate)
    {
        double[] notesHz = [196, 261.63, 329.63, 392, 110];
        var parts = new List<float[]>();
        foreach (double hz in notesHz)
        {
            parts.Add(TestSignals.Harmonic(hz, 1.6, sampleRate));
            parts.Add(TestSignals.Silence(0.4, sampleRate));
        }
        float[] audio = TestSignals.Concat([.. parts]);
        var random = new Random(7);
        for (int i = 0; i < audio.Length; i++)
            audio[i] += (float)((random.NextDouble() - 0.5) * 0.002);
        return audio;
    }
}
