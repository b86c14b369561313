using MessagePack;

namespace SingKing.Host.Hubs;

/// <summary>Result of the echo hub's <c>sendChunk</c>: the chunk's level, and nothing the product would compute.</summary>
[MessagePackObject]
public sealed class EchoResult
{
    /// <summary>The chunk this answers.</summary>
    [Key("sequence")]
    public long Sequence { get; set; }

    /// <summary>RMS of the chunk's PCM in full-scale units, 0–1.</summary>
    [Key("rms")]
    public double Rms { get; set; }

    /// <summary>Only in <c>streamChunks</c>' answers: null when the chunk was measured, else "[Code] sentence".</summary>
    [Key("error")]
    public string? Error { get; set; }
}
