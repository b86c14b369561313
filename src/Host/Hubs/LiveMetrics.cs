using System.Diagnostics.Metrics;
using SingKing.Grains.Sessions;

namespace SingKing.Host.Hubs;

/// <summary>How long the live path takes per chunk and how many pitch frames it returns, under the <c>SingKing.Live</c> meter.</summary>
public sealed class LiveMetrics
{
    /// <summary>Name of the histogram: hub entry to result returned, in ms, tagged <c>singking.chunk.outcome</c>.</summary>
    public const string ChunkDurationInstrument = "singking.live.chunk_duration";

    /// <summary>
    /// Name of the counter of pitch frames returned to singers (one per 10 ms hop of accepted audio); its rate is the
    /// host's frames per second.
    /// </summary>
    public const string PitchFramesInstrument = "singking.live.pitch_frames";

    private static readonly KeyValuePair<string, object?> Accepted = new("singking.chunk.outcome", "accepted");
    private static readonly KeyValuePair<string, object?> Duplicate = new("singking.chunk.outcome", "duplicate");
    private static readonly KeyValuePair<string, object?> Rejected = new("singking.chunk.outcome", "rejected");

    private readonly Histogram<double> _chunkDuration;
    private readonly Counter<long> _pitchFrames;

    /// <summary>Creates the instruments on the meter from <paramref name="meterFactory"/>.</summary>
    public LiveMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(TakeMetrics.MeterName);
        _chunkDuration = meter.CreateHistogram<double>(
            ChunkDurationInstrument,
            unit: "ms",
            description: "Time from a chunk entering the hub to its pitch frames being returned.");
        _pitchFrames = meter.CreateCounter<long>(
            PitchFramesInstrument,
            unit: "{frame}",
            description: "Pitch frames returned to singers.");
    }

    internal void FramesReturned(int count)
    {
        if (count > 0)
            _pitchFrames.Add(count);
    }

    internal void ChunkProcessed(TimeSpan elapsed, bool? duplicate) =>
        _chunkDuration.Record(elapsed.TotalMilliseconds, duplicate switch
        {
            false => Accepted,
            true => Duplicate,
            null => Rejected,
        });
}
