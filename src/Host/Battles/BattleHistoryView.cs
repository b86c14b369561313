namespace SingKing.Host.Battles;

/// <summary>A page of past battle weeks, newest first, as <c>GET /api/battles/history</c> answers it.</summary>
/// <param name="Weeks">The weeks on this page.</param>
/// <param name="TotalCount">How many past weeks had battles.</param>
/// <param name="Offset">Weeks skipped before this page.</param>
/// <param name="Limit">The page's size.</param>
public sealed record BattleHistoryView(IReadOnlyList<BattleWeekView> Weeks, int TotalCount, int Offset, int Limit);
