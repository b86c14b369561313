using NWaves.Features;

namespace SingKing.Benchmarks.Accuracy;

/// <summary>
/// NWaves 0.9.6 <c>Pitch.FromYin</c> on a window centred on each frame. Its YIN searches lags up to half the
/// window, so the window holds two periods of 60 Hz; the CMDF threshold is NWaves' default 0.2.
/// </summary>
internal sealed class NWavesYinEstimator : IPitchEstimator
{
    private const float LowHz = 60;
    private const float HighHz = 1100;
    private const float CmdfThreshold = 0.2f;

    public string Name => $"NWaves 0.9.6 Pitch.FromYin (60–1100 Hz, threshold {CmdfThreshold})";

    public Task<float[]> EstimateAsync(ClipAudio clip, CancellationToken cancellationToken)
    {
        var rate = clip.SampleRate;
        var half = (int)Math.Ceiling(rate / LowHz) + 2;
        var padded = new float[clip.Samples.Length + 2 * half];
        clip.Samples.CopyTo(padded, half);
        var estimate = new float[clip.FrameCount];
        for (var k = 0; k < estimate.Length; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var centre = (int)Math.Round(k * 0.010 * rate) + half;
            var start = centre - half;
            var end = centre + half;
            if (IsDigitalSilence(padded.AsSpan(start, end - start)))
                continue; // FromYin divides by zero on an all-zero window
            var hz = Pitch.FromYin(padded, rate, start, end, LowHz, HighHz, CmdfThreshold);
            estimate[k] = float.IsFinite(hz) && hz > 0 ? hz : 0;
        }

        return Task.FromResult(estimate);
    }

    private static bool IsDigitalSilence(ReadOnlySpan<float> window)
    {
        foreach (var x in window)
        {
            if (x != 0)
                return false;
        }

        return true;
    }
}
