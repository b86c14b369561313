namespace SingKing.Grains.Takes;

/// <summary>
/// How a take was started, kept in take.json so that another host can carry the take on from its files after the
/// host that recorded it went away.
/// </summary>
/// <param name="SongId">The song sung; null for a take without a song.</param>
/// <param name="Difficulty">"easy", "medium" or "hard"; null for the default or without a song.</param>
/// <param name="LatencyMs">The device's delay from song to microphone in milliseconds; null for 0.</param>
/// <param name="Practice">A practice pass: judged live, but no report and no history.</param>
public sealed record TakeSetup(string? SongId, string? Difficulty, double? LatencyMs, bool Practice);
