using MessagePack;

namespace SingKing.Cli.Load;

/// <summary>The <c>startSession</c> argument of a live-pitch take (no song), as the page sends it.</summary>
[MessagePackObject]
public sealed class HubSessionStart
{
    /// <summary>Sample rate of the audio to come, in Hz (16 000).</summary>
    [Key("sampleRate")]
    public int SampleRate { get; set; }
}
