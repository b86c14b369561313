namespace SingKing.Dsp.Audio;

/// <summary>How the samples of a WAV file are encoded.</summary>
public enum WavEncoding
{
    /// <summary>Signed little-endian integers (16 or 24 bits).</summary>
    Pcm,
    /// <summary>32-bit IEEE float.</summary>
    Float,
}
