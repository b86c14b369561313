using MessagePack;

namespace SingKing.Host.Hubs;

/// <summary>Argument of <c>startSession</c>.</summary>
[MessagePackObject]
public sealed class StartSessionRequest
{
    /// <summary>Sample rate of the audio the client will send, in Hz (must be 16 000).</summary>
    [Key("sampleRate")]
    public int SampleRate { get; set; }
}
