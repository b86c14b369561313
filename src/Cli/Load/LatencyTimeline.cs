namespace SingKing.Cli.Load;

/// <summary>Latency over one stretch of a run: the chunks sent in it and how long their answers took.</summary>
/// <param name="FromSeconds">Start of the stretch, in seconds after every singer was streaming.</param>
/// <param name="Chunks">Answered chunks sent in the stretch.</param>
/// <param name="P50Ms">Median latency, ms.</param>
/// <param name="P99Ms">99th percentile latency, ms.</param>
/// <param name="LateFrames">Answers later than one chunk period.</param>
internal sealed record LatencyWindow(double FromSeconds, int Chunks, double P50Ms, double P99Ms, int LateFrames);

/// <summary>Cuts a run's answered chunks into consecutive stretches by the time they were sent.</summary>
internal static class LatencyTimeline
{
    /// <summary>Length of one stretch, in seconds.</summary>
    public const double WindowSeconds = 5;

    /// <summary>
    /// The stretches from <paramref name="from"/> (a timestamp) on, in order, by when each chunk fell due; chunks due
    /// before it are left out. Stretches in which no chunk fell due are left out too.
    /// </summary>
    public static IReadOnlyList<LatencyWindow> Of(
        IEnumerable<(long DueAt, double LatencyMs)> chunks, long from, int chunkMs, long timestampFrequency)
    {
        var windowTicks = (long)(WindowSeconds * timestampFrequency);
        return chunks
            .Where(c => c.DueAt >= from)
            .GroupBy(c => (c.DueAt - from) / windowTicks)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var sorted = g.Select(c => c.LatencyMs).Order().ToList();
                return new LatencyWindow(
                    g.Key * WindowSeconds,
                    sorted.Count,
                    LatencyPercentiles.Of(sorted, 50),
                    LatencyPercentiles.Of(sorted, 99),
                    sorted.Count(l => l > chunkMs));
            })
            .ToList();
    }
}
