using SingKing.Host.Boards;

namespace SingKing.Host.Battles;

/// <summary>One of this week's battles as <c>GET /api/battles/current</c> shows it.</summary>
/// <param name="Slot">1, 2 or 3.</param>
/// <param name="SongId">The song; sing it at <c>/karaoke?song=</c> this id.</param>
/// <param name="Title">Its title, or null when the song has left the library.</param>
/// <param name="Artist">Its artist, or null.</param>
/// <param name="Board">The battle's board (the song's board of the week): the first 10 and the caller's row.</param>
public sealed record BattleSongView(int Slot, string SongId, string? Title, string? Artist, BoardView Board);
