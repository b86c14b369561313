using SingKing.Dsp.Range;

namespace SingKing.Dsp.Tests.Range;

/// <summary>
/// Whatever the frames, the analyzer keeps its promises: bounded memory, and only notes that meet the definition.
/// Streams here are rough on purpose: holds with vibrato, glides, octave glitches, unvoiced gaps and dropped frames.
/// </summary>
public sealed class RangeAnalyzerInvariantTests
{
    public static TheoryData<int, double, double> Streams()
    {
        var data = new TheoryData<int, double, double>();
        foreach (int seed in Enumerable.Range(1, 12))
        {
            data.Add(seed, 0.050, 0.2);   // the defaults
            data.Add(seed, 0.200, 1.0);   // generous bridging: the most frames in flight
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public void Any_stream_of_frames_keeps_memory_bounded_and_yields_only_notes_that_meet_the_definition(int seed, double maxExcursionSeconds, double maxExcursionShare)
    {
        var options = new RangeAnalyzerOptions { MaxExcursionSeconds = maxExcursionSeconds, MaxExcursionShare = maxExcursionShare };
        var analyzer = new RangeAnalyzer(options);
        int bound = 2 * 50 + 2 * ((int)Math.Floor(maxExcursionSeconds / 0.010 + 1e-9) + 1);
        int largest = 0;

        foreach (var frame in RoughStream(seed, frames: 6_000))
        {
            analyzer.Add(frame);
            largest = Math.Max(largest, analyzer.RetainedFrameCount);
        }
        analyzer.Complete();

        Assert.InRange(largest, 0, bound);
        var notes = analyzer.StableNotes;
        Assert.NotEmpty(notes);
        for (int i = 0; i < notes.Count; i++)
        {
            Assert.True(notes[i].DurationSeconds >= 0.5 - 1e-9, $"{notes[i]} is shorter than half a second.");
            Assert.True(notes[i].JitterCents <= 25, $"{notes[i]} jitters more than 25 cents.");
            if (i > 0)
                Assert.True(notes[i].StartSeconds > notes[i - 1].StartSeconds, $"{notes[i]} does not follow {notes[i - 1]}.");
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(9)]
    public void Any_stream_gives_the_same_notes_fed_frame_by_frame_or_in_batches(int seed)
    {
        var frames = RoughStream(seed, frames: 4_000).ToArray();
        var one = new RangeAnalyzer();
        var batched = new RangeAnalyzer();

        foreach (var frame in frames)
            one.Add(frame);
        foreach (var batch in frames.Chunk(37))
            batched.Add(batch);
        one.Complete();
        batched.Complete();

        Assert.Equal(one.StableNotes, batched.StableNotes);
    }

    private static IEnumerable<PitchFrame> RoughStream(int seed, int frames)
    {
        var random = new Random(seed);
        int k = 0;
        while (k < frames)
        {
            double centre = 4000 + random.NextDouble() * 3000;   // MIDI cents: E2 to A#5
            int length = random.Next(5, 250);
            double vibrato = random.NextDouble() * 70;
            double glide = random.NextDouble() < 0.3 ? (random.NextDouble() - 0.5) * 1500 : 0;  // cents per second
            for (int i = 0; i < length && k < frames; i++, k++)
            {
                if (random.NextDouble() < 0.03)
                    k += random.Next(1, 8);                          // dropped frames
                double cents = centre + glide * i * 0.010 + vibrato * Math.Sin(2 * Math.PI * 5.5 * i * 0.010) + (random.NextDouble() - 0.5) * 6;
                double roll = random.NextDouble();
                if (roll < 0.04) cents += 1200;                      // octave glitch
                else if (roll < 0.06) cents += 1900;                 // third-harmonic glitch
                float hz = roll is > 0.06 and < 0.10 ? 0 : (float)NoteNames.Hz(cents / 100);
                yield return new PitchFrame(k * 0.010, hz, 0.9f, -20);
            }
        }
    }
}
