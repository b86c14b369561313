namespace SingKing.Storage.Battles;

/// <summary>One of a week's three battle songs, as an admin chose it.</summary>
/// <param name="Week">The Monday that starts the battle's week, in the boards' time zone.</param>
/// <param name="Slot">1, 2 or 3: the order the page shows the songs in.</param>
/// <param name="SongId">The song sung in this battle.</param>
/// <param name="ChosenBy">The admin's account id, or null once that account is deleted.</param>
/// <param name="ChosenAt">When the week's songs were chosen (UTC).</param>
public sealed record BattleSong(DateOnly Week, int Slot, string SongId, long? ChosenBy, DateTimeOffset ChosenAt);
