using SingKing.Dsp.Pitch;
using SingKing.Dsp.Transforms;

namespace SingKing.Dsp.Scoring;

/// <summary>
/// Finds where syllables start in a sung take from the signal alone: a rise of energy across the spectrum
/// (a consonant's burst, or the vowel coming back after a closure) or the voice starting after a break.
/// </summary>
/// <remarks>
/// <para>Spectral change is measured as band-wise log-energy flux (after Bello et al., "A tutorial on onset
/// detection in music signals", IEEE TSAP 2005): the mean over 20 log-spaced bands of the rise in dB over 20 ms,
/// half-wave rectified. Bands a third of an octave wide follow the formants, which stay put while one vowel is
/// sung, rather than the harmonics, which move with every change of note: a legato change of pitch on one vowel
/// gives little flux, a consonant or a dip in level gives a lot.</para>
/// <para>A voicing onset (a voiced frame after at least 30 ms unvoiced) is a syllable onset as well.</para>
/// </remarks>
internal static class SyllableOnsetDetector
{
    private const int BandCount = 6;
    private const double LowestBandHz = 150, HighestBandHz = 7_000;

    /// <summary>Flux is the rise over this many frames (20 ms): slow enough to see a consonant's release whole.</summary>
    private const int FluxLagFrames = 2;

    /// <summary>Frames quieter than this many dB below the take's loud level carry no onsets (breath, room noise).</summary>
    private const double QuietBelowLoudDb = 35;

    /// <summary>Band levels are floored this far below the band's loudest frame, so noise-floor flicker is no flux.</summary>
    private const double BandFloorDb = 50;

    /// <summary>
    /// Smallest mean band rise, in dB over 20 ms, that is an onset in a quiet recording. Measured on rendered
    /// takes: articulated syllables 9.8 dB and more, legato changes of pitch at most 5.5 dB (docs/scoring.md).
    /// </summary>
    internal const double FluxThresholdDb = 7.0;

    /// <summary>
    /// In a noisy recording a consonant's dip can only fall to the noise floor, so every rise shrinks with the
    /// take's dynamic range (loud level − noise floor): the threshold is this share of that range, between
    /// <see cref="MinFluxThresholdDb"/> and <see cref="FluxThresholdDb"/>. Measured: at 20 dB SNR articulated
    /// syllables rise 5.6 dB and more, legato changes at most 3.9 dB.
    /// </summary>
    private const double ThresholdShareOfRange = 0.25;

    /// <summary>Below 3 dB a rise is indistinguishable from noise.</summary>
    private const double MinFluxThresholdDb = 3.0;

    /// <summary>A peak must stand this far above the local median of the flux (±0.5 s), in dB.</summary>
    private const double AboveMedianDb = 2.0;

    /// <summary>Peaks closer than this (80 ms) are one onset: a syllable is never that short.</summary>
    private const int MinSpacingFrames = 8;

    /// <summary>A voicing onset needs this many unvoiced frames before it (30 ms): shorter dropouts are tracker noise.</summary>
    private const int VoicingBreakFrames = 3;

    /// <summary>
    /// Onset times in take seconds, ascending, at the frame grid of <paramref name="frames"/> (frame k centred at
    /// k × <paramref name="hopSeconds"/>).
    /// </summary>
    public static List<double> Detect(ReadOnlySpan<float> samples, int sampleRate, IReadOnlyList<PitchFrame> frames, double hopSeconds)
    {
        var count = frames.Count;
        var onsets = new List<double>();
        if (count == 0)
            return onsets;

        var (flux, rangeDb) = Flux(samples, sampleRate, count, hopSeconds);
        var threshold = Math.Clamp(ThresholdShareOfRange * rangeDb, MinFluxThresholdDb, FluxThresholdDb);
        var candidates = new List<int>();
        var window = (int)Math.Round(0.5 / hopSeconds);
        var sorted = new List<double>();
        for (var k = 1; k < count - 1; k++)
        {
            if (flux[k] < threshold)
                continue;
            var isPeak = true;
            for (var j = Math.Max(0, k - 4); j <= Math.Min(count - 1, k + 4) && isPeak; j++)
                isPeak = j == k || flux[j] < flux[k] || (flux[j] == flux[k] && j > k);
            if (!isPeak)
                continue;
            sorted.Clear();
            for (var j = Math.Max(0, k - window); j <= Math.Min(count - 1, k + window); j++)
                sorted.Add(flux[j]);
            sorted.Sort();
            if (flux[k] >= sorted[sorted.Count / 2] + AboveMedianDb)
                candidates.Add(k);
        }

        var unvoicedRun = VoicingBreakFrames;
        for (var k = 0; k < count; k++)
        {
            if (!frames[k].IsVoiced)
            {
                unvoicedRun++;
                continue;
            }
            if (unvoicedRun >= VoicingBreakFrames)
                candidates.Add(k);
            unvoicedRun = 0;
        }

        candidates.Sort();
        var last = -MinSpacingFrames;
        foreach (var k in candidates)
        {
            if (k - last < MinSpacingFrames)
                continue;
            onsets.Add(frames[k].TimeSeconds);
            last = k;
        }

        return onsets;
    }

    /// <summary>
    /// Band-wise log-energy flux per frame in dB (0 in quiet frames), and the take's dynamic range in dB: its loud
    /// level (95th percentile of frame levels) over its noise floor (10th percentile).
    /// </summary>
    internal static (double[] Flux, double RangeDb) Flux(ReadOnlySpan<float> samples, int sampleRate, int frameCount, double hopSeconds)
    {
        // About 32 ms of audio per spectrum: the largest power of two that fits.
        var size = 16;
        while (size * 2 <= 0.032 * sampleRate)
            size *= 2;
        var fft = new RealFourierTransform(size);
        var window = new float[size];
        for (var i = 0; i < size; i++)
            window[i] = (float)(0.5 - 0.5 * Math.Cos(2 * Math.PI * (i + 0.5) / size));

        var top = Math.Min(HighestBandHz, 0.45 * sampleRate);
        var edges = new int[BandCount + 1];
        for (var b = 0; b <= BandCount; b++)
        {
            var hz = LowestBandHz * Math.Pow(top / LowestBandHz, b / (double)BandCount);
            edges[b] = Math.Clamp((int)Math.Round(hz * size / sampleRate), 1, size / 2);
        }

        var bands = new double[frameCount, BandCount];
        var total = new double[frameCount];
        var input = new float[size];
        var re = new float[fft.Bins];
        var im = new float[fft.Bins];
        for (var k = 0; k < frameCount; k++)
        {
            var centre = (long)Math.Round(k * hopSeconds * sampleRate);
            var first = centre - size / 2;
            for (var i = 0; i < size; i++)
            {
                var n = first + i;
                input[i] = n >= 0 && n < samples.Length ? samples[(int)n] * window[i] : 0f;
            }
            fft.Forward(input, re, im);
            var sum = 0.0;
            for (var b = 0; b < BandCount; b++)
            {
                var energy = 0.0;
                for (var bin = edges[b]; bin < Math.Max(edges[b] + 1, edges[b + 1]); bin++)
                    energy += (double)re[bin] * re[bin] + (double)im[bin] * im[bin];
                bands[k, b] = 10 * Math.Log10(energy + 1e-20);
                sum += energy;
            }
            total[k] = 10 * Math.Log10(sum + 1e-20);
        }

        // Loud level: the 95th percentile of frame levels, so one click does not set it.
        var levels = (double[])total.Clone();
        Array.Sort(levels);
        var loud = levels[(int)(0.95 * (levels.Length - 1))];
        var floor = levels[(int)(0.10 * (levels.Length - 1))];
        for (var b = 0; b < BandCount; b++)
        {
            var peak = double.NegativeInfinity;
            for (var k = 0; k < frameCount; k++)
                peak = Math.Max(peak, bands[k, b]);
            for (var k = 0; k < frameCount; k++)
                bands[k, b] = Math.Max(bands[k, b], peak - BandFloorDb);
        }

        var flux = new double[frameCount];
        for (var k = FluxLagFrames; k < frameCount; k++)
        {
            if (total[k] < loud - QuietBelowLoudDb)
                continue;
            var rise = 0.0;
            for (var b = 0; b < BandCount; b++)
                rise += Math.Max(0, bands[k, b] - bands[k - FluxLagFrames, b]);
            flux[k] = rise / BandCount;
        }

        return (flux, loud - floor);
    }
}
