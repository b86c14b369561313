using MessagePack;

namespace SingKing.Host.Hubs;

/// <summary>
/// Result of <c>sendChunk</c>: the pitch frames that became final with the chunk (possibly none). Frame i is at
/// (<see cref="FirstFrame"/> + i) × <see cref="HopSeconds"/> seconds from the start of the take.
/// </summary>
[MessagePackObject]
public sealed class ChunkResult
{
    /// <summary>The chunk this answers.</summary>
    [Key("sequence")]
    public long Sequence { get; set; }

    /// <summary>True when the chunk repeated an accepted one; it was ignored and carries no frames.</summary>
    [Key("duplicate")]
    public bool Duplicate { get; set; }

    /// <summary>Index of the first frame in the take.</summary>
    [Key("firstFrame")]
    public long FirstFrame { get; set; }

    /// <summary>Time between frames, in seconds.</summary>
    [Key("hopSeconds")]
    public double HopSeconds { get; set; }

    /// <summary>Fundamental frequency per frame in Hz, 0 when unvoiced.</summary>
    [Key("frequencyHz")]
    public float[] FrequencyHz { get; set; } = [];

    /// <summary>Periodicity per frame in [0, 1].</summary>
    [Key("confidence")]
    public float[] Confidence { get; set; } = [];

    /// <summary>RMS level per frame in dBFS.</summary>
    [Key("levelDb")]
    public float[] LevelDb { get; set; } = [];
}
