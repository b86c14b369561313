namespace SingKing.Cli.Load;

/// <summary>
/// Sends every simulated singer's chunks from one thread: it wakes about once a millisecond and sends whatever has come
/// due. Hundreds of singers each waiting on a timer of their own would cost the machine a thread wake-up per chunk
/// (12 500 a second at 500 singers), CPU the host under test shares; one pacer makes that a thousand.
/// </summary>
internal static class ChunkPacer
{
    /// <summary>Runs until every singer has sent its last chunk (or <paramref name="cancellationToken"/> stops it).</summary>
    public static Task RunAsync(IReadOnlyList<SimulatedSinger> singers, TimeProvider time, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                Run(singers, time, cancellationToken);
                done.TrySetResult();
            }
            catch (Exception error)
            {
                done.TrySetException(error);
            }
        })
        {
            IsBackground = true,
            Name = "chunk pacer",
        };
        thread.Start();
        return done.Task;
    }

    // One pass: every singer sends what is due at `now`. Returns the earliest timestamp at which something is due next,
    // long.MaxValue once every singer has sent its last chunk.
    private static long SendDue(IReadOnlyList<SimulatedSinger> singers, long now)
    {
        var next = long.MaxValue;
        foreach (var singer in singers)
            next = Math.Min(next, singer.SendDue(now));
        return next;
    }

    private static void Run(IReadOnlyList<SimulatedSinger> singers, TimeProvider time, CancellationToken cancellationToken)
    {
        var millisecond = time.TimestampFrequency / 1000;
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = time.GetTimestamp();
            var next = SendDue(singers, now);
            if (next == long.MaxValue)
                return;
            // Sleeps are whole milliseconds and overshoot a little: one less than the wait, and at least one (a chunk
            // due within the millisecond goes up to a millisecond late rather than the thread spinning for it).
            var wait = next - time.GetTimestamp();
            if (wait > 0)
                Thread.Sleep((int)Math.Max(1, wait / millisecond - 1));
        }
    }
}
