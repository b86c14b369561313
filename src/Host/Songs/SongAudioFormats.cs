namespace SingKing.Host.Songs;

/// <summary>Recognises song audio by its magic bytes and names its file extension and media type.</summary>
public static class SongAudioFormats
{
    /// <summary>Bytes <see cref="Detect"/> needs to decide.</summary>
    public const int HeaderBytes = 12;

    /// <summary>What kind of audio the file starting with <paramref name="header"/> is.</summary>
    public static SongAudioKind Detect(ReadOnlySpan<byte> header)
    {
        if (header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WAVE"u8))
            return SongAudioKind.Wav;
        if (header.Length >= 4 && header[..4].SequenceEqual("OggS"u8))
            return SongAudioKind.Ogg;
        if (header.Length >= 3 && header[..3].SequenceEqual("ID3"u8))
            return SongAudioKind.Mp3;
        // An MPEG-1/2 layer III frame header: 11 sync bits, then a version that is not "reserved" and layer bits 01.
        if (header.Length >= 2 && header[0] == 0xFF && (header[1] & 0xE0) == 0xE0 && (header[1] & 0x18) != 0x08 && (header[1] & 0x06) == 0x02)
            return SongAudioKind.Mp3;
        return SongAudioKind.Unknown;
    }

    /// <summary>File extension, with its dot, under which audio of <paramref name="kind"/> is stored.</summary>
    public static string Extension(SongAudioKind kind) => kind switch
    {
        SongAudioKind.Wav => ".wav",
        SongAudioKind.Mp3 => ".mp3",
        SongAudioKind.Ogg => ".ogg",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an audio kind."),
    };

    /// <summary>Media type served for a stored audio file, from its extension.</summary>
    public static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".wav" => "audio/wav",
        ".mp3" => "audio/mpeg",
        ".ogg" => "audio/ogg",
        _ => "application/octet-stream",
    };
}
