using Microsoft.Extensions.Time.Testing;
using SingKing.Cli.Load;

namespace SingKing.Cli.Tests.Load;

public sealed class ChunkScheduleTests
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(40);

    [Fact]
    public void Chunks_leave_on_the_absolute_grid_although_every_send_takes_7_ms()
    {
        var clock = new FakeTimeProvider();
        var start = clock.GetTimestamp();
        var schedule = new ChunkSchedule(clock, start, TimeSpan.Zero, Period);

        var sentAt = SendOnSchedule(clock, schedule, chunks: 250, sendCost: _ => TimeSpan.FromMilliseconds(7), start);

        for (var i = 0; i < sentAt.Count; i++)
            Assert.Equal(Period * i, sentAt[i]);
    }

    [Fact]
    public void After_a_stall_the_overdue_chunks_go_at_once_and_the_grid_resumes()
    {
        var clock = new FakeTimeProvider();
        var start = clock.GetTimestamp();
        var schedule = new ChunkSchedule(clock, start, TimeSpan.FromMilliseconds(5), Period);

        // Chunk 2's send stalls for 130 ms: chunks 3, 4 and 5 (due at 125, 165, 205 ms) are overdue when it returns at 215 ms.
        var sentAt = SendOnSchedule(clock, schedule, chunks: 8, sendCost: i => TimeSpan.FromMilliseconds(i == 2 ? 130 : 1), start);

        double[] expectedMs = [5, 45, 85, 215, 216, 217, 245, 285];
        Assert.Equal(expectedMs, sentAt.Select(t => t.TotalMilliseconds));
    }

    // Waits for each chunk as a simulated singer does, moving the fake clock 1 ms at a time until the wait ends, then
    // spends the send's own cost. Returns when each chunk left, from the start.
    private static List<TimeSpan> SendOnSchedule(FakeTimeProvider clock, ChunkSchedule schedule, int chunks, Func<int, TimeSpan> sendCost, long start)
    {
        var sentAt = new List<TimeSpan>();
        for (var i = 0; i < chunks; i++)
        {
            var wait = schedule.WaitForAsync(i, CancellationToken.None);
            for (var step = 0; !wait.IsCompleted; step++)
            {
                Assert.True(step < 10_000, $"Chunk {i} never became due (waited 10 s of fake time).");
                clock.Advance(TimeSpan.FromMilliseconds(1));
            }

            sentAt.Add(clock.GetElapsedTime(start));
            clock.Advance(sendCost(i));
        }

        return sentAt;
    }
}
