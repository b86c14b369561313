using MessagePack;

namespace SingKing.Host.Hubs;

/// <summary>Argument of <c>sendChunk</c>: 20–100 ms of the take's audio.</summary>
[MessagePackObject]
public sealed class AudioChunk
{
    /// <summary>0 for the take's first chunk, then one more per chunk.</summary>
    [Key("sequence")]
    public long Sequence { get; set; }

    /// <summary>Sample rate of <see cref="Pcm"/> in Hz; must be the take's.</summary>
    [Key("sampleRate")]
    public int SampleRate { get; set; }

    /// <summary>Mono 16-bit little-endian PCM, at most 32 768 bytes (binary in MessagePack, base64 in JSON).</summary>
    [Key("pcm")]
    public byte[]? Pcm { get; set; }

    /// <summary>
    /// The song clock: song time, in seconds, at which the chunk's first sample was captured (the browser plays the
    /// backing track and captures on one audio clock). Negative during a count-in; absent means take time is song
    /// time. Only in a take sung to a song.
    /// </summary>
    [Key("songSeconds")]
    public double? SongSeconds { get; set; }
}
