namespace SingKing.Dsp.Audio;

/// <summary>The format of a WAV file's samples.</summary>
/// <param name="SampleRate">Samples per second per channel, in Hz.</param>
/// <param name="Channels">Interleaved channels (1 = mono, 2 = stereo).</param>
/// <param name="BitsPerSample">16, 24 or 32.</param>
/// <param name="Encoding">Integer PCM or IEEE float.</param>
public sealed record WavFormat(int SampleRate, int Channels, int BitsPerSample, WavEncoding Encoding)
{
    /// <summary>Bytes of one sample frame (all channels).</summary>
    public int BlockAlign => Channels * BitsPerSample / 8;
}
