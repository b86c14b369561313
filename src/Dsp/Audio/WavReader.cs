namespace SingKing.Dsp.Audio;

/// <summary>
/// Streams a WAV file's samples as mono floats in [−1, 1] (channels averaged). Reads PCM 16/24-bit and
/// float32, 8–48 kHz; anything else throws <see cref="AudioFormatException"/> with a one-line reason.
/// </summary>
public sealed class WavReader : IDisposable
{
    /// <summary>Reads the header from <paramref name="stream"/>; throws <see cref="AudioFormatException"/> if it is not a supported WAV.</summary>
    public WavReader(Stream stream, bool leaveOpen = false) => throw new NotImplementedException();

    /// <summary>The file's format.</summary>
    public WavFormat Format => throw new NotImplementedException();

    /// <summary>Sample frames in the file (per channel).</summary>
    public long FrameCount => throw new NotImplementedException();

    /// <summary>Reads up to <c>destination.Length</c> mono samples; returns how many, 0 at the end.</summary>
    public int Read(Span<float> destination) => throw new NotImplementedException();

    /// <summary>Reads a whole WAV stream into memory as mono floats.</summary>
    public static float[] ReadAll(Stream stream, out WavFormat format) => throw new NotImplementedException();

    /// <inheritdoc />
    public void Dispose() => throw new NotImplementedException();
}
