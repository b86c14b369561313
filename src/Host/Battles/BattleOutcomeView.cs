namespace SingKing.Host.Battles;

/// <summary>One battle of a week as the history shows it.</summary>
/// <param name="Slot">1, 2 or 3.</param>
/// <param name="SongId">The song.</param>
/// <param name="Title">Its title, or null when the song has left the library.</param>
/// <param name="Artist">Its artist, or null.</param>
/// <param name="Closed">Whether the result is fixed.</param>
/// <param name="Winner">The winner, or null: nobody entered when <paramref name="Closed"/>, otherwise not yet fixed.</param>
public sealed record BattleOutcomeView(int Slot, string SongId, string? Title, string? Artist, bool Closed, BattleWinnerView? Winner);
