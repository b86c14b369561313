namespace SingKing.Dsp.Synthesis;

/// <summary>
/// What happens to a voice between the singer and the file: a small room, a noisy microphone and a gain
/// setting. Applied in that order: reverb, white noise, peak level.
/// </summary>
public sealed class RecordingConditions
{
    /// <summary>Signal-to-noise ratio of added white noise in dB (e.g. 15–40), or null for none.</summary>
    public double? SnrDb { get; init; }

    /// <summary>Reverberation time RT60 of a small room in seconds (e.g. 0.2–0.5), or null for a dry take.</summary>
    public double? ReverbSeconds { get; init; }

    /// <summary>Direct-to-reverberant energy ratio in dB when <see cref="ReverbSeconds"/> is set.</summary>
    public double DirectToReverberantDb { get; init; } = 3;

    /// <summary>Peak level of the result in dBFS (−40 gives a very quiet take).</summary>
    public double PeakDbfs { get; init; } = -3;

    /// <summary>Returns a new array: <paramref name="samples"/> with the conditions applied.</summary>
    /// <param name="samples">Clean mono samples.</param>
    /// <param name="sampleRate">Sample rate in Hz.</param>
    /// <param name="seed">Seed of the noise.</param>
    public float[] Apply(ReadOnlySpan<float> samples, int sampleRate, int seed)
    {
        if (PeakDbfs > 0)
            throw new ArgumentOutOfRangeException(nameof(PeakDbfs), PeakDbfs, "Peak level must be at most 0 dBFS.");
        var result = samples.ToArray();
        if (ReverbSeconds is { } rt60)
            result = RoomReverb.Apply(result, sampleRate, rt60, DirectToReverberantDb);
        if (SnrDb is { } snr)
            WhiteNoise.Add(result, snr, new Random(seed));
        VoiceSynthesizer.Normalize(result, PeakDbfs);
        return result;
    }
}
