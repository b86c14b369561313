namespace SingKing.Grains.Sessions;

/// <summary>Asks to open a take for the singer, optionally sung to a song.</summary>
/// <param name="ConnectionId">The connection that will stream the take's audio; only it may send chunks or end the take.</param>
/// <param name="SampleRate">Sample rate of the audio to come, in Hz (must be 16 000).</param>
/// <param name="SongId">The song sung, whose notes the take is aligned to; null for a take without a song.</param>
/// <param name="Difficulty">"easy", "medium" or "hard" (null: medium); only with a song.</param>
/// <param name="LatencyMs">The device's delay from song to microphone in milliseconds, 0–1000 (null: 0); only with a song.</param>
/// <param name="Practice">A practice pass over part of the song: judged live, but no report and no history; only with a song.</param>
[GenerateSerializer, Immutable]
public sealed record StartTake(
    [property: Id(0)] string ConnectionId,
    [property: Id(1)] int SampleRate,
    [property: Id(2)] string? SongId = null,
    [property: Id(3)] string? Difficulty = null,
    [property: Id(4)] double? LatencyMs = null,
    [property: Id(5)] bool Practice = false);
