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

    /// <summary>The song's notes whose progress changed with this chunk; empty without a song.</summary>
    [Key("notes")]
    public NoteProgressResult[] Notes { get; set; } = [];

    /// <summary>The song's lines that ended with this chunk, with their ratings; empty without a song.</summary>
    [Key("phrases")]
    public PhraseRatingResult[] Phrases { get; set; } = [];

    /// <summary>The running total in UltraStar's convention, 0–10 000; 0 without a song.</summary>
    [Key("score")]
    public double Score { get; set; }

    /// <summary>
    /// The last chunk whose audio the server has kept (written to the take's files), with every chunk before it; -1
    /// before the first. A client may forget these chunks, and must keep later ones until a result names them: after a
    /// lost host, <c>resumeSession</c> asks for everything after this one again. It trails <see cref="Sequence"/> by a
    /// few chunks, as the server writes a take's audio in pieces of about 8 KB.
    /// </summary>
    [Key("keptThrough")]
    public long KeptThrough { get; set; } = -1;

    /// <summary>
    /// Only in <c>streamChunks</c>' answers: null when the chunk was taken; otherwise why it was refused, as
    /// "[Code] sentence" (the message a failing <c>sendChunk</c> carries), and every other field is empty.
    /// </summary>
    [Key("error")]
    public string? Error { get; set; }
}
