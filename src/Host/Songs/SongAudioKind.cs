namespace SingKing.Host.Songs;

/// <summary>The audio containers a song may come with, recognised by their first bytes rather than their names.</summary>
public enum SongAudioKind
{
    /// <summary>Not an audio file we can serve.</summary>
    Unknown,

    /// <summary>RIFF/WAVE.</summary>
    Wav,

    /// <summary>MPEG audio layer III, with or without an ID3v2 tag.</summary>
    Mp3,

    /// <summary>Ogg (Vorbis or Opus).</summary>
    Ogg,
}
