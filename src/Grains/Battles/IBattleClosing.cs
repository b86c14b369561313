namespace SingKing.Grains.Battles;

/// <summary>
/// What the battle grain asks the host to do: fix the winners of every battle whose week has ended, from the boards
/// and the database. The grain only decides when; this decides who.
/// </summary>
public interface IBattleClosing
{
    /// <summary>
    /// Fixes the result of every battle whose week has ended (past the grace for late saves) and that has none yet.
    /// Idempotent: a battle already fixed is left as it is. Returns how many results it wrote.
    /// </summary>
    Task<int> CloseDueAsync(CancellationToken cancellationToken);

    /// <summary>The next instant after <paramref name="now"/> at which a battle becomes due: this week's end plus the grace.</summary>
    DateTimeOffset NextDeadline(DateTimeOffset now);
}
