using MessagePack;

namespace SingKing.Cli.Load;

/// <summary>The <c>sendChunk</c> argument as the page sends it (the host's <c>AudioChunk</c>): same keys, same MessagePack map.</summary>
[MessagePackObject]
public sealed class HubChunk
{
    /// <summary>0 for the first chunk, then one more per chunk.</summary>
    [Key("sequence")]
    public long Sequence { get; set; }

    /// <summary>Sample rate of <see cref="Pcm"/>, in Hz (16 000).</summary>
    [Key("sampleRate")]
    public int SampleRate { get; set; }

    /// <summary>Mono 16-bit little-endian PCM.</summary>
    [Key("pcm")]
    public byte[] Pcm { get; set; } = [];
}
