namespace SingKing.Storage.Songs;

/// <summary>The song catalogue: what takes and leaderboards refer to.</summary>
public interface ISongCatalogStore
{
    /// <summary>Adds the song, or updates every field of the song with the same id (the library syncs bundled songs at start-up).</summary>
    /// <exception cref="StorageConflictException">The uploader does not exist.</exception>
    Task UpsertAsync(CatalogSong song, CancellationToken cancellationToken);

    /// <summary>The song with <paramref name="id"/>, or null.</summary>
    Task<CatalogSong?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every song, by title then id.</summary>
    Task<IReadOnlyList<CatalogSong>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Removes the song; takes of it keep their scores with no song. False when there is no such song.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);
}
