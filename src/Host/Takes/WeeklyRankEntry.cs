namespace SingKing.Host.Takes;

/// <summary>One line of the weekly board: a singer's best take of the week, without anything that identifies the take.</summary>
/// <param name="Rank">1 for the best; of equal scores, whoever reached it first ranks higher.</param>
/// <param name="DisplayName">The singer's display name.</param>
/// <param name="Level">The singer's level.</param>
/// <param name="SongId">The song of that take.</param>
/// <param name="SongTitle">Its title while it is in the library, or null.</param>
/// <param name="TotalScore">Its score, 0–10 000.</param>
/// <param name="EndedAt">When it ended (UTC).</param>
/// <param name="IsMe">Whether this line is the calling singer's.</param>
public sealed record WeeklyRankEntry(int Rank, string DisplayName, int Level, string SongId, string? SongTitle, int TotalScore, DateTimeOffset EndedAt, bool IsMe);
