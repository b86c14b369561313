namespace SingKing.Host.Battles;

/// <summary>Settings of the weekly battle (section <c>Battles</c>). The weeks are the boards' (<c>Leaderboards:TimeZone</c>).</summary>
public sealed class BattleOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Battles";

    /// <summary>
    /// How long after a week's end its battles are closed (two minutes): a take that ended just before the deadline is
    /// saved a moment later, and may be retried for up to about a minute while the database is unreachable.
    /// </summary>
    public TimeSpan CloseGrace { get; set; } = TimeSpan.FromMinutes(2);
}
