using System.Buffers.Binary;

namespace SingKing.Dsp.Audio;

/// <summary>The canonical 44-byte RIFF/WAVE header.</summary>
public static class WavHeader
{
    /// <summary>Size of the canonical header in bytes.</summary>
    public const int Size = 44;

    // RIFF sizes are 32-bit and count everything after the first 8 bytes of the file.
    private const long MaxDataBytes = uint.MaxValue - (Size - 8);

    /// <summary>Writes a canonical header for <paramref name="dataBytes"/> bytes of samples into <paramref name="destination"/> (44 bytes).</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Size"/> bytes.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dataBytes"/> is negative or does not fit a 32-bit RIFF size.</exception>
    public static void Write(Span<byte> destination, WavFormat format, long dataBytes)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (destination.Length < Size)
            throw new ArgumentException($"A WAV header needs {Size} bytes.", nameof(destination));
        ArgumentOutOfRangeException.ThrowIfNegative(dataBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dataBytes, MaxDataBytes);

        "RIFF"u8.CopyTo(destination);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], (uint)(dataBytes + Size - 8));
        "WAVE"u8.CopyTo(destination[8..]);
        "fmt "u8.CopyTo(destination[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[20..], format.Encoding == WavEncoding.Float ? (ushort)3 : (ushort)1);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[22..], (ushort)format.Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[24..], (uint)format.SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[28..], (uint)(format.SampleRate * format.BlockAlign));
        BinaryPrimitives.WriteUInt16LittleEndian(destination[32..], (ushort)format.BlockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[34..], (ushort)format.BitsPerSample);
        "data"u8.CopyTo(destination[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[40..], (uint)dataBytes);
    }
}
