namespace SingKing.Dsp.Pitch;

/// <summary>Settings of <see cref="PitchTracker"/>. The defaults cover bass to soprano.</summary>
public sealed class PitchTrackerOptions
{
    /// <summary>Rate, in Hz, at which the tracker analyses; input at any rate from 8 to 48 kHz is resampled to it.</summary>
    public int AnalysisSampleRate { get; init; } = 16_000;

    /// <summary>Time between frames in seconds (10 ms).</summary>
    public double HopSeconds { get; init; } = 0.010;

    /// <summary>Lowest fundamental the tracker reports, in Hz.</summary>
    public double MinFrequencyHz { get; init; } = 60;

    /// <summary>Highest fundamental the tracker reports, in Hz.</summary>
    public double MaxFrequencyHz { get; init; } = 1100;

    /// <summary>
    /// YIN integration window in analysis samples, a whole number of hops (30 ms at 16 kHz: three hops, 1.8 periods of
    /// the lowest note). Consecutive frames then share all of the window but one hop, whose analysis is all that is new.
    /// </summary>
    public int IntegrationWindowSamples { get; init; } = 480;

    /// <summary>
    /// How many frames the tracker may look ahead before deciding a frame (4 × 10 ms = 40 ms). Larger values
    /// resist octave jumps better and delay live feedback by the same amount.
    /// </summary>
    public int LookAheadFrames { get; init; } = 4;

    internal void Validate()
    {
        if (AnalysisSampleRate is < 8_000 or > 48_000)
            throw new ArgumentOutOfRangeException(nameof(AnalysisSampleRate), AnalysisSampleRate, "Analysis rate must be 8–48 kHz.");
        if (MinFrequencyHz <= 0 || MaxFrequencyHz <= MinFrequencyHz || MaxFrequencyHz >= AnalysisSampleRate / 4.0)
            throw new ArgumentOutOfRangeException(nameof(MaxFrequencyHz), "Need 0 < MinFrequencyHz < MaxFrequencyHz < AnalysisSampleRate / 4.");
        if (HopSeconds <= 0 || Math.Abs(HopSeconds * AnalysisSampleRate - Math.Round(HopSeconds * AnalysisSampleRate)) > 1e-9)
            throw new ArgumentOutOfRangeException(nameof(HopSeconds), HopSeconds, "The hop must be a whole number of analysis samples.");
        var hop = (int)Math.Round(HopSeconds * AnalysisSampleRate);
        if (IntegrationWindowSamples <= 0 || IntegrationWindowSamples % hop != 0)
            throw new ArgumentOutOfRangeException(nameof(IntegrationWindowSamples), IntegrationWindowSamples, $"The window must be a whole number of hops ({hop} samples).");
        if (IntegrationWindowSamples < AnalysisSampleRate / MinFrequencyHz)
            throw new ArgumentOutOfRangeException(nameof(IntegrationWindowSamples), IntegrationWindowSamples, "The window must hold at least one period of the lowest note.");
        if (LookAheadFrames is < 0 or > 4)
            throw new ArgumentOutOfRangeException(nameof(LookAheadFrames), LookAheadFrames, "Look-ahead is 0–4 frames (at most 40 ms).");
    }
}
