namespace SingKing.Host.Battles;

/// <summary>This week's battle as <c>GET /api/battles/current</c> answers it.</summary>
/// <param name="Week">The Monday that starts the week (yyyy-MM-dd, in the boards' time zone).</param>
/// <param name="From">When the week started (UTC).</param>
/// <param name="To">When it ends, exclusive: the countdown's target.</param>
/// <param name="ServerTime">The server's clock when it answered, so a page can correct a device clock that is off.</param>
/// <param name="IsAdmin">Whether the caller may choose the battle songs.</param>
/// <param name="Songs">The week's battles in slot order; empty when no songs were chosen.</param>
public sealed record CurrentBattleView(
    string Week,
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset ServerTime,
    bool IsAdmin,
    IReadOnlyList<BattleSongView> Songs);
