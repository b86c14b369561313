namespace SingKing.Storage.Leaderboards;

/// <summary>A take offered to a board.</summary>
/// <param name="SingerId">Who sang.</param>
/// <param name="TakeId">The take, so the score can be checked against it.</param>
/// <param name="Score">Its total, 0–10000 (tenths of a point count).</param>
/// <param name="EndedAt">When it ended: of two equal scores, the earlier ranks higher.</param>
public sealed record BoardEntry(long SingerId, string TakeId, double Score, DateTimeOffset EndedAt);
