using Microsoft.Extensions.Time.Testing;
using SingKing.Cli.Load;

namespace SingKing.Cli.Tests.Load;

public sealed class ChunkScheduleTests
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(40);

    [Fact]
    public void Chunks_fall_due_on_the_absolute_grid_from_the_start_and_the_singers_offset()
    {
        var clock = new FakeTimeProvider();
        clock.Advance(TimeSpan.FromSeconds(3));
        var start = clock.GetTimestamp();
        var schedule = new ChunkSchedule(clock, start, TimeSpan.FromMilliseconds(5.5), Period);

        for (var i = 0; i < 10_000; i += 37)
        {
            var expected = TimeSpan.FromMilliseconds(5.5) + Period * i;
            Assert.Equal(expected.TotalSeconds * clock.TimestampFrequency, schedule.DueTimestamp(i) - start, precision: 0);
        }
    }

    [Fact]
    public void A_chunk_is_late_by_the_time_since_it_fell_due()
    {
        var clock = new FakeTimeProvider();
        var schedule = new ChunkSchedule(clock, clock.GetTimestamp(), TimeSpan.FromMilliseconds(5), Period);

        clock.Advance(TimeSpan.FromMilliseconds(215));

        Assert.Equal(TimeSpan.FromMilliseconds(130), schedule.Lateness(2));
        Assert.Equal(TimeSpan.FromMilliseconds(-30), schedule.Lateness(6));
    }
}
