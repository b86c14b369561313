using SingKing.Cli.Load;

namespace SingKing.Cli.Tests.Load;

public sealed class LatencyTimelineTests
{
    private const long TicksPerSecond = 1000;

    [Fact]
    public void Chunks_fall_into_five_second_stretches_from_the_start_and_earlier_ones_are_left_out()
    {
        const long from = 10_000;
        (long, double)[] chunks =
        [
            (from - 1, 999),                 // before every singer was streaming
            (from, 3), (from + 4_999, 5),    // first stretch
            (from + 5_000, 80),              // second: late against a 40 ms chunk
            (from + 17_000, 2),              // fourth; the third saw nothing
        ];

        var timeline = LatencyTimeline.Of(chunks, from, chunkMs: 40, TicksPerSecond);

        Assert.Equal([0.0, 5.0, 15.0], timeline.Select(w => w.FromSeconds));
        Assert.Equal([2, 1, 1], timeline.Select(w => w.Chunks));
        Assert.Equal(5, timeline[0].P99Ms);
        Assert.Equal(3, timeline[0].P50Ms);
        Assert.Equal([0, 1, 0], timeline.Select(w => w.LateFrames));
    }

    [Fact]
    public void No_chunks_make_no_stretches() =>
        Assert.Empty(LatencyTimeline.Of([], 0, 40, TicksPerSecond));
}
