namespace SingKing.Host.Battles;

/// <summary>A battle's fixed winner.</summary>
/// <param name="DisplayName">The winner's display name when the battle closed.</param>
/// <param name="Score">The winning score, 0–10000.</param>
/// <param name="EndedAt">When the winning take ended (UTC).</param>
public sealed record BattleWinnerView(string DisplayName, int Score, DateTimeOffset EndedAt);
