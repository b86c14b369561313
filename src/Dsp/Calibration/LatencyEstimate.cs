namespace SingKing.Dsp.Calibration;

/// <summary>
/// What a calibration recording says about the device's delay: either a measured latency, or the reason
/// there is none and what the singer should do about it.
/// </summary>
public sealed class LatencyEstimate
{
    private LatencyEstimate(bool isMeasured, double latencyMs, int matchedClicks, int expectedClicks, double spreadMs, string? advice)
    {
        IsMeasured = isMeasured;
        LatencyMs = latencyMs;
        MatchedClicks = matchedClicks;
        ExpectedClicks = expectedClicks;
        SpreadMs = spreadMs;
        Advice = advice;
    }

    /// <summary>True when enough clicks were heard to trust <see cref="LatencyMs"/>.</summary>
    public bool IsMeasured { get; }

    /// <summary>Delay from playing a sound to hearing it in the recording, in milliseconds (median over the matched clicks); 0 when not measured.</summary>
    public double LatencyMs { get; }

    /// <summary>Clicks heard at the delay the estimate settled on.</summary>
    public int MatchedClicks { get; }

    /// <summary>Clicks in the track that was played.</summary>
    public int ExpectedClicks { get; }

    /// <summary>Standard deviation of the matched clicks' delays, in milliseconds: small when the device's delay is steady.</summary>
    public double SpreadMs { get; }

    /// <summary>When not measured, a sentence for the singer saying what to do; otherwise null.</summary>
    public string? Advice { get; }

    internal static LatencyEstimate Measured(double latencyMs, int matchedClicks, int expectedClicks, double spreadMs) =>
        new(true, latencyMs, matchedClicks, expectedClicks, spreadMs, null);

    internal static LatencyEstimate NotMeasured(int matchedClicks, int expectedClicks, string advice) =>
        new(false, 0, matchedClicks, expectedClicks, 0, advice);
}
