namespace SingKing.Cli.Load;

/// <summary>
/// When each chunk of a simulated singer is due: chunk k at start + offset + k × period, by absolute time, as a
/// microphone delivers audio. Sleeping a period after each send would drift by the send's own cost every chunk; a
/// chunk that is already due (the client fell behind) is sent at once and the grid is kept.
/// </summary>
internal sealed class ChunkSchedule(TimeProvider time, long startTimestamp, TimeSpan offset, TimeSpan period)
{
    /// <summary>Time from the schedule's start to chunk <paramref name="index"/>.</summary>
    public TimeSpan DueAt(int index) => offset + period * index;

    /// <summary>How late chunk <paramref name="index"/> is now (negative while it is not yet due).</summary>
    public TimeSpan Lateness(int index) => time.GetElapsedTime(startTimestamp) - DueAt(index);

    /// <summary>Completes when chunk <paramref name="index"/> is due; at once when it already is.</summary>
    // Not an async method: the returned task is the delay itself, so it completes inside the clock's timer callback.
    public Task WaitForAsync(int index, CancellationToken cancellationToken)
    {
        var wait = DueAt(index) - time.GetElapsedTime(startTimestamp);
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }
}
