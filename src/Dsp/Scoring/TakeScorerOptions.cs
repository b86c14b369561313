using SingKing.Dsp.Alignment;

namespace SingKing.Dsp.Scoring;

/// <summary>Settings of a <see cref="TakeScorer"/>. See docs/scoring.md for why each default is what it is.</summary>
public sealed class TakeScorerOptions
{
    /// <summary>How much pitch error earns credit (the live aligner's <see cref="PitchTolerance"/> curves).</summary>
    public Difficulty Difficulty { get; init; } = Difficulty.Medium;

    /// <summary>
    /// The device's calibrated latency in seconds: how late the singer's audio sits in the take relative to the
    /// song (typically 0.1–0.5 s). Take time t is scored as song time t + take start − latency.
    /// </summary>
    public double LatencySeconds { get; init; }

    /// <summary>
    /// Largest distance in seconds between a sung segment's onset and a chart note's start for the two to be
    /// matched (±0.3 s): a late entry within it is a rhythm fault, beyond it the note counts as missed.
    /// </summary>
    public double TimingSlackSeconds { get; init; } = 0.300;

    internal void Validate()
    {
        if (!Enum.IsDefined(Difficulty))
            throw new ArgumentOutOfRangeException(nameof(Difficulty), Difficulty, "Unknown difficulty.");
        if (!double.IsFinite(LatencySeconds) || Math.Abs(LatencySeconds) > 5)
            throw new ArgumentOutOfRangeException(nameof(LatencySeconds), LatencySeconds, "Latency must be within ±5 s.");
        if (!(TimingSlackSeconds is >= 0.05 and <= 1.0))
            throw new ArgumentOutOfRangeException(nameof(TimingSlackSeconds), TimingSlackSeconds, "The timing slack must be 0.05–1 s.");
    }
}
