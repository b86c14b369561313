namespace SingKing.Grains.Sessions;

/// <summary>
/// One chunk of a take's audio. Immutable once sent: the grain reads <see cref="Pcm"/> and never keeps it,
/// which lets Orleans pass it to a local activation without copying.
/// </summary>
/// <param name="ConnectionId">The connection that sent the chunk; it must own the open take.</param>
/// <param name="Sequence">0 for the take's first chunk, then one more per chunk.</param>
/// <param name="SampleRate">Sample rate of <paramref name="Pcm"/> in Hz; must match the take's.</param>
/// <param name="Pcm">Mono 16-bit little-endian PCM, 2 to <see cref="AudioChunkRules.MaxChunkBytes"/> bytes.</param>
/// <param name="SongSeconds">
/// The song clock: song time, in seconds, at which the chunk's first sample was captured; null when the client does
/// not keep one (take time is then song time). Only in a take sung to a song.
/// </param>
[GenerateSerializer, Immutable]
public sealed record AudioChunkMessage(
    [property: Id(0)] string ConnectionId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] int SampleRate,
    [property: Id(3)] byte[] Pcm,
    [property: Id(4)] double? SongSeconds = null);
