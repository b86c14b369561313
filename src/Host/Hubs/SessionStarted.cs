using MessagePack;

namespace SingKing.Host.Hubs;

/// <summary>Result of <c>startSession</c>.</summary>
[MessagePackObject]
public sealed class SessionStarted
{
    /// <summary>Identifies the take.</summary>
    [Key("takeId")]
    public string TakeId { get; set; } = "";

    /// <summary>Sample rate of the take, in Hz.</summary>
    [Key("sampleRate")]
    public int SampleRate { get; set; }

    /// <summary>Time between pitch frames, in seconds (0.010).</summary>
    [Key("hopSeconds")]
    public double HopSeconds { get; set; }
}
