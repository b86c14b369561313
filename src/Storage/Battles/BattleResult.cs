namespace SingKing.Storage.Battles;

/// <summary>A battle's outcome, fixed once when its week has ended: the board's top singer, or nobody when no take entered.</summary>
/// <param name="Week">The Monday that starts the battle's week.</param>
/// <param name="SongId">The battle's song.</param>
/// <param name="WinnerSingerId">The winner's account id; null when nobody entered, or once the winner's account is deleted.</param>
/// <param name="WinnerDisplayName">The winner's display name when the battle closed, or null when nobody entered.</param>
/// <param name="Score">The winning score, 0–10000, or null when nobody entered.</param>
/// <param name="TakeEndedAt">When the winning take ended (UTC), or null.</param>
/// <param name="FixedAt">When the result was written (UTC).</param>
public sealed record BattleResult(
    DateOnly Week,
    string SongId,
    long? WinnerSingerId,
    string? WinnerDisplayName,
    int? Score,
    DateTimeOffset? TakeEndedAt,
    DateTimeOffset FixedAt)
{
    /// <summary>Whether anybody entered the battle.</summary>
    public bool HasWinner => Score is not null;

    /// <summary>The result of a battle nobody entered.</summary>
    public static BattleResult NoEntries(DateOnly week, string songId, DateTimeOffset fixedAt) => new(week, songId, null, null, null, null, fixedAt);
}
