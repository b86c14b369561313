namespace SingKing.Dsp.Audio;

/// <summary>The canonical 44-byte RIFF/WAVE header.</summary>
public static class WavHeader
{
    /// <summary>Size of the canonical header in bytes.</summary>
    public const int Size = 44;

    /// <summary>Writes a canonical header for <paramref name="dataBytes"/> bytes of samples into <paramref name="destination"/> (44 bytes).</summary>
    public static void Write(Span<byte> destination, WavFormat format, long dataBytes) => throw new NotImplementedException();
}
