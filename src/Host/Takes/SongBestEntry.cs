using SingKing.Storage.Takes;

namespace SingKing.Host.Takes;

/// <summary>One song of <c>GET /api/takes/best</c>: the singer's best take of it.</summary>
/// <param name="SongId">The song.</param>
/// <param name="SongTitle">Its title while it is in the library, or null.</param>
/// <param name="TakeId">The best take (the earliest of equal scores).</param>
/// <param name="TotalScore">Its score, 0–10 000.</param>
/// <param name="EndedAt">When it ended (UTC).</param>
/// <param name="TakeCount">How many complete, scored takes of the song the singer has.</param>
public sealed record SongBestEntry(string SongId, string? SongTitle, string TakeId, int TotalScore, DateTimeOffset EndedAt, int TakeCount)
{
    /// <summary>The entry for <paramref name="best"/>, with the song's current title.</summary>
    public static SongBestEntry From(SongBest best, string? songTitle) =>
        new(best.SongId, songTitle, best.TakeId, best.TotalScore, best.EndedAt, best.TakeCount);
}
