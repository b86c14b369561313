using Dapper;

namespace SingKing.Storage.Songs;

/// <summary>The song catalogue in SQLite or MariaDB.</summary>
public sealed class SqlSongCatalogStore(StorageDatabase database) : ISongCatalogStore
{
    private static readonly string[] UpdatedColumns =
        ["title", "artist", "language", "style", "difficulty", "duration_seconds", "source", "uploaded_by", "added_at"];

    private const string SelectSong =
        """
        SELECT id               AS Id,
               title            AS Title,
               artist           AS Artist,
               language         AS Language,
               style            AS Style,
               difficulty       AS Difficulty,
               duration_seconds AS DurationSeconds,
               source           AS Source,
               uploaded_by      AS UploadedBy,
               added_at         AS AddedAt
        FROM songs
        """;

    /// <inheritdoc />
    public Task UpsertAsync(CatalogSong song, CancellationToken cancellationToken) =>
        database.RunAsync(
            connection => connection.ExecuteAsync(StorageDatabase.Command(
                $"""
                INSERT INTO songs (id, title, artist, language, style, difficulty, duration_seconds, source, uploaded_by, added_at)
                VALUES (@Id, @Title, @Artist, @Language, @Style, @Difficulty, @DurationSeconds, @Source, @UploadedBy, @AddedAt)
                {database.Provider.UpsertClause("id", UpdatedColumns)};
                """,
                new
                {
                    song.Id,
                    song.Title,
                    song.Artist,
                    song.Language,
                    song.Style,
                    song.Difficulty,
                    song.DurationSeconds,
                    Source = song.Source == SongSource.Bundled ? "bundled" : "uploaded",
                    song.UploadedBy,
                    song.AddedAt,
                },
                cancellationToken)),
            cancellationToken);

    /// <inheritdoc />
    public Task<CatalogSong?> GetAsync(string id, CancellationToken cancellationToken) =>
        database.RunAsync(
            connection => connection.QuerySingleOrDefaultAsync<CatalogSong>(StorageDatabase.Command(
                $"{SelectSong} WHERE id = @id;", new { id }, cancellationToken)),
            cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<CatalogSong>> ListAsync(CancellationToken cancellationToken) =>
        (await database.RunAsync(
            connection => connection.QueryAsync<CatalogSong>(StorageDatabase.Command(
                $"{SelectSong} ORDER BY title, id;", null, cancellationToken)),
            cancellationToken)).AsList();

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        await database.RunAsync(
            connection => connection.ExecuteAsync(StorageDatabase.Command(
                "DELETE FROM songs WHERE id = @id;", new { id }, cancellationToken)),
            cancellationToken) > 0;
}
