namespace SingKing.Cli.Load;

/// <summary>Percentiles of chunk→feedback latencies by the nearest-rank method: every reported figure is one that was measured.</summary>
internal static class LatencyPercentiles
{
    /// <summary>
    /// The <paramref name="percent"/>-th percentile of <paramref name="sorted"/> (ascending): the smallest value with at
    /// least <paramref name="percent"/> % of the values at or below it. NaN when there are no values.
    /// </summary>
    public static double Of(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (sorted.Count == 0)
            return double.NaN;
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
