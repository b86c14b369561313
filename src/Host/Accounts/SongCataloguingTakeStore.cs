using SingKing.Host.Songs;
using SingKing.Storage.Songs;
using SingKing.Storage.Takes;

namespace SingKing.Host.Accounts;

/// <summary>
/// A take store that first makes sure the take's song is in the database's catalogue (a take refers to it, and the
/// library's songs live in files), as part of the same save attempt, so the saver's retries cover both writes.
/// </summary>
internal sealed class SongCataloguingTakeStore(ITakeStore takes, ISongCatalogStore catalog, SongLibrary library, TimeProvider clock) : ITakeStore
{
    public async Task SaveAsync(Take take, CancellationToken cancellationToken)
    {
        if (take.SongId is { } songId && library.Find(songId) is { } song && await catalog.GetAsync(songId, cancellationToken) is null)
        {
            var summary = song.Summary;
            await catalog.UpsertAsync(
                new CatalogSong
                {
                    Id = song.Id,
                    Title = summary.Title,
                    Artist = summary.Artist,
                    Language = summary.Language,
                    Style = summary.Style,
                    Difficulty = summary.Difficulty,
                    DurationSeconds = summary.DurationSeconds,
                    Source = song.IsBundled ? SongSource.Bundled : SongSource.Uploaded,
                    AddedAt = clock.GetUtcNow(),
                },
                cancellationToken);
        }

        await takes.SaveAsync(take, cancellationToken);
    }

    public Task<Take?> GetAsync(string id, CancellationToken cancellationToken) => takes.GetAsync(id, cancellationToken);

    public Task<TakePage> ListBySingerAsync(long singerId, int offset, int limit, CancellationToken cancellationToken) =>
        takes.ListBySingerAsync(singerId, offset, limit, cancellationToken);

    public Task<IReadOnlyList<Take>> ListBySingerAndSongAsync(long singerId, string songId, int limit, CancellationToken cancellationToken) =>
        takes.ListBySingerAndSongAsync(singerId, songId, limit, cancellationToken);

    public Task<IReadOnlyList<ScorePoint>> ScoreHistoryAsync(long singerId, string? songId, int limit, CancellationToken cancellationToken) =>
        takes.ScoreHistoryAsync(singerId, songId, limit, cancellationToken);

    public Task<IReadOnlyList<SongBest>> BestPerSongAsync(long singerId, CancellationToken cancellationToken) =>
        takes.BestPerSongAsync(singerId, cancellationToken);

    public Task<IReadOnlyList<LeaderboardEntry>> LeaderboardAsync(string? songId, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken) =>
        takes.LeaderboardAsync(songId, from, to, limit, cancellationToken);

    public Task<bool> DeleteAsync(long singerId, string id, CancellationToken cancellationToken) => takes.DeleteAsync(singerId, id, cancellationToken);
}
