namespace SingKing.Dsp.Timbre;

/// <summary>
/// How a recording becomes the time × coefficient MFCC patches a timbre model reads. A model's contract
/// carries these settings, so a model trained with other settings brings its own.
/// </summary>
public sealed class MfccPatchOptions
{
    /// <summary>Sample rate the audio is converted to before analysis, in Hz.</summary>
    public int SampleRate { get; init; } = 16_000;

    /// <summary>Analysis frame length, in seconds (Hamming window).</summary>
    public double FrameSeconds { get; init; } = 0.025;

    /// <summary>Distance between frame starts, in seconds.</summary>
    public double HopSeconds { get; init; } = 0.010;

    /// <summary>Number of triangular mel filters.</summary>
    public int FilterBankSize { get; init; } = 40;

    /// <summary>Number of cepstral coefficients per frame, c0 (log energy) included.</summary>
    public int CoefficientCount { get; init; } = 20;

    /// <summary>Lower edge of the mel filter bank, in Hz.</summary>
    public double LowFrequencyHz { get; init; } = 60;

    /// <summary>Upper edge of the mel filter bank, in Hz.</summary>
    public double HighFrequencyHz { get; init; } = 7_600;

    /// <summary>Pre-emphasis coefficient applied before the spectrum (y[n] = x[n] − a·x[n−1]).</summary>
    public double PreEmphasis { get; init; } = 0.97;

    /// <summary>
    /// Peak level every recording is scaled to before analysis, in dBFS, so c0 measures the shape of the
    /// dynamics rather than how close the singer stood to the microphone.
    /// </summary>
    public double PeakDbfs { get; init; } = -3;

    /// <summary>Frames per patch (128 frames of 10 ms: 1.28 s, several vibrato cycles).</summary>
    public int PatchFrames { get; init; } = 128;

    /// <summary>Frames between the starts of consecutive patches.</summary>
    public int PatchHopFrames { get; init; } = 64;

    /// <summary>
    /// A frame counts as sung when its level is within this many dB of the loudest frame; a patch is kept
    /// only when at least <see cref="MinActiveShare"/> of its frames are sung.
    /// </summary>
    public double ActiveRangeDb { get; init; } = 35;

    /// <summary>Share of sung frames (0–1) a patch needs to be classified.</summary>
    public double MinActiveShare { get; init; } = 0.5;

    /// <summary>Samples per analysis frame at <see cref="SampleRate"/>.</summary>
    public int FrameSamples => (int)Math.Round(FrameSeconds * SampleRate);

    /// <summary>Samples per hop at <see cref="SampleRate"/>.</summary>
    public int HopSamples => (int)Math.Round(HopSeconds * SampleRate);

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        if (SampleRate is < 8_000 or > 48_000)
            throw new ArgumentOutOfRangeException(nameof(SampleRate), SampleRate, "Analysis runs at 8–48 kHz.");
        if (!(FrameSeconds > 0) || !(HopSeconds > 0) || HopSeconds > FrameSeconds)
            throw new ArgumentOutOfRangeException(nameof(FrameSeconds), "Frames must be longer than 0 s and at least one hop long.");
        if (FilterBankSize < 2 || CoefficientCount < 1 || CoefficientCount > FilterBankSize)
            throw new ArgumentOutOfRangeException(nameof(CoefficientCount), "Use 1 to FilterBankSize coefficients and at least 2 filters.");
        if (!(LowFrequencyHz >= 0) || !(HighFrequencyHz > LowFrequencyHz) || HighFrequencyHz > SampleRate / 2.0)
            throw new ArgumentOutOfRangeException(nameof(HighFrequencyHz), "The filter bank must lie between 0 Hz and the Nyquist frequency.");
        if (PatchFrames < 8 || PatchHopFrames < 1)
            throw new ArgumentOutOfRangeException(nameof(PatchFrames), "Patches need at least 8 frames and a hop of at least 1.");
        if (MinActiveShare is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(MinActiveShare), MinActiveShare, "The sung share is a fraction from 0 to 1.");
        if (PeakDbfs > 0)
            throw new ArgumentOutOfRangeException(nameof(PeakDbfs), PeakDbfs, "Peak level must be at most 0 dBFS.");
    }
}
