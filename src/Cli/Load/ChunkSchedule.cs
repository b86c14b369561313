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

    /// <summary>When chunk <paramref name="index"/> is due, as a timestamp of the schedule's <see cref="TimeProvider"/>.</summary>
    public long DueTimestamp(int index) => startTimestamp + (long)Math.Round(DueAt(index).TotalSeconds * time.TimestampFrequency);
}
