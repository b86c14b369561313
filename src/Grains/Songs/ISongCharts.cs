using SingKing.Dsp.Charts;

namespace SingKing.Grains.Songs;

/// <summary>
/// The charts of the songs a singer can sing, by song id. Implemented by the host's song library, so a session can
/// align a take to a song without depending on where songs are kept.
/// </summary>
public interface ISongCharts
{
    /// <summary>The parsed chart of the song with <paramref name="songId"/>, or null when there is no such song.</summary>
    Chart? Find(string songId);
}
