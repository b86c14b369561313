using MessagePack;

namespace SingKing.Cli.Load;

/// <summary>
/// The part of a <c>sendChunk</c> result the load tool reads: the sequence it answers. Both hubs' results carry it;
/// the other keys (frames, RMS) are skipped when read.
/// </summary>
[MessagePackObject]
public sealed class HubChunkAnswer
{
    /// <summary>The chunk this answers.</summary>
    [Key("sequence")]
    public long Sequence { get; set; }
}
