namespace SingKing.Host.Songs;

/// <summary>Where the song library lives and how much an upload may weigh.</summary>
public sealed class SongLibraryOptions
{
    /// <summary>Absolute path of the bundled songs, one folder per song (configuration <c>SingKing:SongsPath</c>).</summary>
    public string SongsPath { get; set; } = "";

    /// <summary>
    /// Absolute path of the data folder (<c>SingKing:DataPath</c>): rendered backing tracks go to
    /// <c>&lt;DataPath&gt;/songs/&lt;id&gt;/backing.wav</c>, uploads to <c>&lt;DataPath&gt;/songs/uploaded/&lt;id&gt;/</c>.
    /// </summary>
    public string DataPath { get; set; } = "";

    /// <summary>Largest chart an upload may carry, in bytes (1 MiB, the parser's own limit).</summary>
    public long MaxChartBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest audio file an upload may carry, in bytes (30 MiB).</summary>
    public long MaxAudioBytes { get; set; } = 30L * 1024 * 1024;

    /// <summary>Sample rate of rendered backing tracks in Hz.</summary>
    public int BackingSampleRate { get; set; } = 44_100;
}
