namespace SingKing.Host.Calibration;

/// <summary>The answer to <c>POST /api/calibration</c>: the device's measured delay.</summary>
/// <param name="LatencyMs">Delay from playing a sound to hearing it in the microphone, in milliseconds (to 0.1 ms); the live session's <c>latencyMs</c>.</param>
/// <param name="MatchedClicks">How many of the track's clicks were heard at that delay.</param>
/// <param name="SpreadMs">Standard deviation of the clicks' delays in milliseconds: a few milliseconds or more means the device's delay wanders.</param>
public sealed record CalibrationResult(double LatencyMs, int MatchedClicks, double SpreadMs);
