namespace SingKing.Dsp.Synthesis;

/// <summary>A synthetic recording together with the exact F0 it was made from.</summary>
public sealed class SynthesizedTake
{
    /// <summary>Frame spacing of <see cref="TruthHz"/> in seconds (10 ms, like the pitch tracker's hop).</summary>
    public const double FrameSeconds = 0.010;

    /// <summary>Wraps samples and truth.</summary>
    /// <param name="samples">Mono samples in [−1, 1].</param>
    /// <param name="sampleRate">Sample rate in Hz.</param>
    /// <param name="truthHz">F0 in Hz for frame k at time k × 10 ms, 0 where no voice sounds.</param>
    public SynthesizedTake(float[] samples, int sampleRate, float[] truthHz)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(truthHz);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        Samples = samples;
        SampleRate = sampleRate;
        TruthHz = truthHz;
    }

    /// <summary>Mono samples in [−1, 1].</summary>
    public float[] Samples { get; }

    /// <summary>Sample rate in Hz.</summary>
    public int SampleRate { get; }

    /// <summary>
    /// True F0 in Hz of frame k, the instant k × <see cref="FrameSeconds"/> (a frame centre), including vibrato
    /// and jitter; 0 where the voice is silent or below 5 % of its peak amplitude.
    /// </summary>
    public float[] TruthHz { get; }

    /// <summary>Length in seconds.</summary>
    public double DurationSeconds => Samples.Length / (double)SampleRate;

    /// <summary>
    /// Number of 10 ms frames whose centre k × 10 ms lies within the samples, i.e. up to the last sample.
    /// </summary>
    public static int FrameCount(int sampleCount, int sampleRate) =>
        sampleCount == 0 ? 0 : (int)Math.Floor((sampleCount - 1) / (double)sampleRate / FrameSeconds + 1e-9) + 1;

    /// <summary>This take after a recording chain: reverb, then white noise, then a final peak level.</summary>
    /// <param name="conditions">What to apply.</param>
    /// <param name="seed">Seed of the noise, so the same seed gives the same samples.</param>
    public SynthesizedTake With(RecordingConditions conditions, int seed)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return new SynthesizedTake(conditions.Apply(Samples, SampleRate, seed), SampleRate, TruthHz);
    }
}
