namespace SingKing.Host.Battles;

/// <summary>The body of <c>PUT /api/battles/{week}</c>: the week's three battle songs, in the order the page shows them.</summary>
/// <param name="SongIds">Three distinct ids of songs in the library.</param>
public sealed record BattleChoice(IReadOnlyList<string>? SongIds);
