using SingKing.Dsp.Range;
using SingKing.Dsp.Synthesis;
using static SingKing.Dsp.Tests.Range.SungTakes;

namespace SingKing.Dsp.Tests.Range;

/// <summary>The analyzer behaves the same however its input arrives, and stays small however long a take lasts.</summary>
[Collection(AllocationCollection.Name)]
public sealed class RangeAnalyzerStreamingTests
{
    private static readonly (string, double)[] Phrase =
    [
        ("A3", 1.0), ("A5", 0.3), ("A3", 0.8), ("rest", 0.4), ("E3", 0.7), ("E4", 0.6), ("rest", 0.2), ("C3", 1.5),
    ];

    [Fact]
    public void Frames_fed_one_by_one_as_the_tracker_makes_them_give_the_same_notes_as_all_at_once()
    {
        var take = SingingVoice.Melody(SampleRate, Phrase, null, new F0ContourOptions { Vibrato = new VibratoOptions(), JitterCents = 5 }, seed: 2);
        var allAtOnce = Analyse(take);

        // Live: 17 ms chunks of audio, every frame handed on the moment the tracker finalises it.
        var tracker = new PitchTracker(SampleRate);
        var live = new RangeAnalyzer();
        var chunkFrames = new List<PitchFrame>();
        int chunk = (int)(0.017 * SampleRate);
        for (int i = 0; i < take.Samples.Length; i += chunk)
        {
            chunkFrames.Clear();
            tracker.Process(take.Samples.AsSpan(i, Math.Min(chunk, take.Samples.Length - i)), chunkFrames);
            foreach (var frame in chunkFrames)
                live.Add(frame);
        }
        chunkFrames.Clear();
        tracker.Flush(chunkFrames);
        live.Add(chunkFrames);
        live.Complete();

        Assert.NotEmpty(allAtOnce.StableNotes);
        Assert.Equal(allAtOnce.StableNotes, live.StableNotes);
        Assert.Equal(allAtOnce.Range, live.Range);
    }

    [Fact]
    public void A_ten_minute_hold_is_one_note_and_keeps_at_most_one_excursion_of_frames()
    {
        // Two seconds of a sung D3 with vibrato and jitter, tracked, then repeated for ten minutes; every 0.7 s the
        // reading jumps an octave for 20 ms, so the analyzer keeps having an excursion's frames to hold on to.
        var expression = new F0ContourOptions { Vibrato = new VibratoOptions { ExtentCents = 30 }, JitterCents = 6 };
        var cycle = Track(SingingVoice.Melody(SampleRate, [("D3", 3.0)], null, expression, seed: 4).Samples)
            .Where(f => f.TimeSeconds is >= 0.5 and < 2.5).Select(f => f.FrequencyHz).ToArray();
        Assert.All(cycle, hz => Assert.True(hz > 0));
        var analyzer = new RangeAnalyzer();
        int frames = 60_000, largest = 0;

        for (int k = 0; k < frames; k++)
        {
            bool crack = k % 70 is 68 or 69;
            analyzer.Add(new PitchFrame(k * 0.010, crack ? 2 * cycle[k % cycle.Length] : cycle[k % cycle.Length], 0.9f, -20));
            largest = Math.Max(largest, analyzer.RetainedFrameCount);
        }
        analyzer.Complete();

        var note = Assert.Single(analyzer.StableNotes);
        Assert.Equal("D3", note.Name);
        Assert.Equal(frames * 0.010 * 68 / 70, note.DurationSeconds, 0.02);
        Assert.InRange(largest, 1, 112); // a young run with its bridged excursions, and one excursion
    }

    [Fact]
    public void Adding_frames_to_a_long_hold_allocates_nothing()
    {
        var cycle = Track(Melody(("G3", 2.5)).Samples).Where(f => f.TimeSeconds is >= 0.2 and < 2.2).ToArray();
        var analyzer = new RangeAnalyzer();
        int k = 0;
        void Feed(int count)
        {
            for (int i = 0; i < count; i++, k++)
                analyzer.Add(new PitchFrame(k * 0.010, k % 97 == 0 ? 0 : cycle[k % cycle.Length].FrequencyHz, 0.9f, -20));
        }
        Feed(20_000); // warm-up: every path JIT-compiled and tiered up

        long allocated = AllocationCount.Of(() => Feed(30_000));

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Frames_out_of_time_order_are_refused()
    {
        var analyzer = new RangeAnalyzer();
        analyzer.Add(new PitchFrame(0.10, 220, 0.9f, -20));

        Assert.Throws<ArgumentException>(() => analyzer.Add(new PitchFrame(0.05, 220, 0.9f, -20)));
    }

    [Fact]
    public void A_completed_analyzer_refuses_more_frames()
    {
        var analyzer = new RangeAnalyzer();
        analyzer.Complete();

        Assert.Throws<InvalidOperationException>(() => analyzer.Add(new PitchFrame(0, 220, 0.9f, -20)));
    }

    [Fact]
    public void A_gap_in_the_frames_longer_than_an_excursion_ends_a_hold()
    {
        // 0.4 s, 0.2 s of missing frames (a dropped stretch of audio), 0.4 s: neither side is long enough.
        var frames = Enumerable.Range(0, 100).Where(k => k is < 40 or >= 60).Select(k => new PitchFrame(k * 0.010, 220, 0.9f, -20));
        var analyzer = new RangeAnalyzer();

        analyzer.Add(frames);
        analyzer.Complete();

        Assert.Empty(analyzer.StableNotes);
    }
}
