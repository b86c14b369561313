using MessagePack;

namespace SingKing.Host.Hubs;

/// <summary>Result of <c>resumeSession</c>: where the take carries on.</summary>
[MessagePackObject]
public sealed class SessionResumed
{
    /// <summary>The take.</summary>
    [Key("takeId")]
    public string TakeId { get; set; } = "";

    /// <summary>Sample rate of the take, in Hz.</summary>
    [Key("sampleRate")]
    public int SampleRate { get; set; }

    /// <summary>Time between pitch frames, in seconds.</summary>
    [Key("hopSeconds")]
    public double HopSeconds { get; set; }

    /// <summary>The first chunk the session has not accepted: send chunks again from this sequence number.</summary>
    [Key("nextSequence")]
    public long NextSequence { get; set; }

    /// <summary>Frames returned so far; the next chunk's frames start at this index.</summary>
    [Key("frameCount")]
    public long FrameCount { get; set; }
}
