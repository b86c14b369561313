using NWaves.FeatureExtractors;
using NWaves.FeatureExtractors.Options;
using NWaves.Windows;

namespace SingKing.Dsp.Timbre;

/// <summary>
/// Cuts a recording into overlapping MFCC patches (time × coefficient) for a timbre model: audio at any
/// rate → <see cref="MfccPatchOptions.SampleRate"/> → peak-normalised → NWaves' <see cref="MfccExtractor"/>
/// (Hamming window, pre-emphasis, power spectrum, log mel energies, DCT-II) → windows of
/// <see cref="MfccPatchOptions.PatchFrames"/> frames, keeping only windows that are mostly sung.
/// </summary>
public sealed class MfccPatchExtractor
{
    /// <summary>Creates an extractor with the given settings (defaults: the shipped model's).</summary>
    public MfccPatchExtractor(MfccPatchOptions? options = null)
    {
        Options = options ?? new MfccPatchOptions();
        Options.Validate();
    }

    /// <summary>The settings in force.</summary>
    public MfccPatchOptions Options { get; }

    /// <summary>MFCC frames of the whole recording: one row per hop, <see cref="MfccPatchOptions.CoefficientCount"/> values each.</summary>
    /// <param name="samples">Mono samples in [−1, 1].</param>
    /// <param name="sampleRate">Their rate in Hz (8–48 kHz).</param>
    public IReadOnlyList<float[]> Frames(ReadOnlySpan<float> samples, int sampleRate) =>
        Compute(AnalysisSignal.Prepare(samples, sampleRate, Options.SampleRate, Options.PeakDbfs));

    /// <summary>The mostly-sung patches of a recording; none when it is shorter than one patch.</summary>
    /// <param name="samples">Mono samples in [−1, 1].</param>
    /// <param name="sampleRate">Their rate in Hz (8–48 kHz).</param>
    public MfccPatches Extract(ReadOnlySpan<float> samples, int sampleRate)
    {
        var signal = AnalysisSignal.Prepare(samples, sampleRate, Options.SampleRate, Options.PeakDbfs);
        var frames = Compute(signal);
        var levels = AnalysisSignal.FrameLevelsDb(signal, Options.FrameSamples, Options.HopSamples);
        var count = Math.Min(frames.Count, levels.Length);
        var loudest = count == 0 ? 0 : levels.AsSpan(0, count).ToArray().Max();

        var coefficients = Options.CoefficientCount;
        var patchLength = Options.PatchFrames * coefficients;
        var data = new List<float>();
        var patches = 0;
        for (var start = 0; start + Options.PatchFrames <= count; start += Options.PatchHopFrames)
        {
            var active = 0;
            for (var k = start; k < start + Options.PatchFrames; k++)
            {
                if (levels[k] >= loudest - Options.ActiveRangeDb)
                    active++;
            }

            if (active < Options.MinActiveShare * Options.PatchFrames)
                continue;
            for (var k = start; k < start + Options.PatchFrames; k++)
                data.AddRange(frames[k]);
            patches++;
        }

        return new MfccPatches(data.ToArray(), patches, Options.PatchFrames, coefficients);
    }

    private List<float[]> Compute(float[] signal)
    {
        if (signal.Length < Options.FrameSamples)
            return [];
        // The extractor keeps FFT scratch buffers, so each call gets its own: extraction stays thread-safe.
        var extractor = new MfccExtractor(new MfccOptions
        {
            SamplingRate = Options.SampleRate,
            FeatureCount = Options.CoefficientCount,
            FrameDuration = Options.FrameSeconds,
            HopDuration = Options.HopSeconds,
            FilterBankSize = Options.FilterBankSize,
            LowFrequency = Options.LowFrequencyHz,
            HighFrequency = Options.HighFrequencyHz,
            PreEmphasis = Options.PreEmphasis,
            Window = WindowType.Hamming,
        });
        return extractor.ComputeFrom(signal);
    }
}
