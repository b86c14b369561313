namespace SingKing.Dsp.Audio;

/// <summary>Writes mono 16-bit PCM WAV files.</summary>
public static class WavWriter
{
    /// <summary>Writes <paramref name="samples"/> (clipped to [−1, 1]) as a mono 16-bit WAV at <paramref name="sampleRate"/> Hz.</summary>
    public static void Write(Stream stream, ReadOnlySpan<float> samples, int sampleRate) => throw new NotImplementedException();
}
