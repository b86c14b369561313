namespace SingKing.Storage.Takes;

/// <summary>
/// Bounded exponential backoff with "equal jitter": after the n-th failure the wait is drawn uniformly from
/// [d/2, d] where d = min(FirstDelay × 2^(n−1), MaxDelay), so hosts that failed together do not retry together
/// yet no wait is ever shorter than half the schedule.
/// </summary>
internal static class SaveBackoff
{
    /// <summary>The wait after <paramref name="failedAttempts"/> failures (1 or more), for a uniform draw <paramref name="unit"/> in [0, 1).</summary>
    public static TimeSpan DelayAfter(int failedAttempts, TakeSaveOptions options, double unit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        var doublings = Math.Min(failedAttempts - 1, 30);
        var ceiling = Math.Min(options.FirstDelay.Ticks * Math.Pow(2, doublings), options.MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)((ceiling / 2) + (unit * ceiling / 2)));
    }
}
