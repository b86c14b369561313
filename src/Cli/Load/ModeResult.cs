namespace SingKing.Cli.Load;

/// <summary>What one mode of a load run measured. Latencies run from the moment a chunk fell due to its answer, in ms.</summary>
internal sealed record ModeResult
{
    /// <summary>"product" or "echo".</summary>
    public required string Mode { get; init; }

    /// <summary>Singers that were signed up and asked to stream.</summary>
    public required int Singers { get; init; }

    /// <summary>Singers that connected (and opened a take in product mode) and streamed.</summary>
    public required int SingersConnected { get; init; }

    /// <summary>Chunks sent.</summary>
    public required long ChunksSent { get; init; }

    /// <summary>Chunks answered with their own sequence number.</summary>
    public required long ChunksAnswered { get; init; }

    /// <summary>Answered chunks due once every singer was streaming and the warm-up was over: the ones the latency figures describe.</summary>
    public required long ChunksTimed { get; init; }

    /// <summary>Median latency, ms.</summary>
    public required double P50Ms { get; init; }

    /// <summary>95th percentile latency, ms.</summary>
    public required double P95Ms { get; init; }

    /// <summary>99th percentile latency, ms.</summary>
    public required double P99Ms { get; init; }

    /// <summary>Largest latency, ms.</summary>
    public required double MaxMs { get; init; }

    /// <summary>Timed answers that came later than one chunk period after their chunk fell due.</summary>
    public required long LateFrames { get; init; }

    /// <summary>Answered chunks due during the warm-up (once every singer was streaming, before the measured stretch).</summary>
    public long WarmupChunksTimed { get; init; }

    /// <summary>99th percentile latency during the warm-up, ms (NaN without one).</summary>
    public double WarmupP99Ms { get; init; } = double.NaN;

    /// <summary>Warm-up answers later than one chunk period.</summary>
    public long WarmupLateFrames { get; init; }

    /// <summary>Latency in consecutive stretches from the moment every singer was streaming, warm-up included.</summary>
    public IReadOnlyList<LatencyWindow> Timeline { get; init; } = [];

    /// <summary>Chunks sent that got no answer (an error, or none within the grace period after the last send).</summary>
    public required long MissingFrames { get; init; }

    /// <summary>Errors by kind, e.g. <c>connect:HttpRequestException</c> or <c>streamChunks:[ChunkTooLarge]</c>.</summary>
    public required IReadOnlyList<KeyValuePair<string, int>> Errors { get; init; }

    /// <summary>CPU over the stretch when every singer was streaming (the whole run when that stretch was under 1 s).</summary>
    public required CpuUse Cpu { get; init; }

    /// <summary>Most any send left after its due time, ms: a large figure means the load tool itself was short of CPU.</summary>
    public required double MaxSendLagMs { get; init; }
}
