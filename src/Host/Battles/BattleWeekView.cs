namespace SingKing.Host.Battles;

/// <summary>A week's battles and, once closed, their winners.</summary>
/// <param name="Week">The Monday that starts the week (yyyy-MM-dd).</param>
/// <param name="From">When the week started (UTC).</param>
/// <param name="To">When it ended, exclusive.</param>
/// <param name="Battles">The week's battles in slot order.</param>
public sealed record BattleWeekView(string Week, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<BattleOutcomeView> Battles);
