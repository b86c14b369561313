namespace SingKing.Host.Boards;

/// <summary>One line of a board as the API shows it: never a take id, so other singers' takes stay private.</summary>
/// <param name="Rank">1 for the best.</param>
/// <param name="DisplayName">The singer's display name.</param>
/// <param name="Level">The singer's level.</param>
/// <param name="Score">Their best score on the board, 0–10000.</param>
/// <param name="SongId">The song of that take.</param>
/// <param name="SongTitle">Its title, or null when the song is gone.</param>
/// <param name="EndedAt">When that take ended (UTC).</param>
/// <param name="IsMe">Whether this is the signed-in caller.</param>
public sealed record BoardRow(int Rank, string DisplayName, int Level, double Score, string? SongId, string? SongTitle, DateTimeOffset EndedAt, bool IsMe);
