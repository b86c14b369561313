namespace SingKing.Storage.Songs;

/// <summary>Where a song of the catalogue came from.</summary>
public enum SongSource
{
    /// <summary>Shipped in the repository's <c>songs/</c> folder.</summary>
    Bundled,

    /// <summary>Uploaded by a singer.</summary>
    Uploaded,
}
