using SingKing.Dsp.Timbre;

namespace SingKing.Grains.Timbre;

/// <summary>The MFCC settings of a model's contract (see <see cref="MfccPatchOptions"/> for each one's meaning).</summary>
public sealed record TimbreMfccSettings(
    int SampleRate,
    double FrameSeconds,
    double HopSeconds,
    int FilterBankSize,
    int CoefficientCount,
    double LowFrequencyHz,
    double HighFrequencyHz,
    double PreEmphasis,
    string Window,
    double PeakDbfs,
    int PatchFrames,
    int PatchHopFrames,
    double ActiveRangeDb,
    double MinActiveShare)
{
    /// <summary>The settings of <paramref name="options"/>.</summary>
    public static TimbreMfccSettings From(MfccPatchOptions options) => new(
        options.SampleRate, options.FrameSeconds, options.HopSeconds, options.FilterBankSize, options.CoefficientCount,
        options.LowFrequencyHz, options.HighFrequencyHz, options.PreEmphasis, "hamming", options.PeakDbfs,
        options.PatchFrames, options.PatchHopFrames, options.ActiveRangeDb, options.MinActiveShare);

    /// <summary>Extractor options with these settings.</summary>
    /// <exception cref="InvalidDataException">The window is not the Hamming window the extractor uses.</exception>
    public MfccPatchOptions ToOptions()
    {
        if (!string.Equals(Window, "hamming", StringComparison.OrdinalIgnoreCase))
            throw new InvalidDataException($"The MFCC window is '{Window}'; the extractor uses 'hamming'.");
        var options = new MfccPatchOptions
        {
            SampleRate = SampleRate,
            FrameSeconds = FrameSeconds,
            HopSeconds = HopSeconds,
            FilterBankSize = FilterBankSize,
            CoefficientCount = CoefficientCount,
            LowFrequencyHz = LowFrequencyHz,
            HighFrequencyHz = HighFrequencyHz,
            PreEmphasis = PreEmphasis,
            PeakDbfs = PeakDbfs,
            PatchFrames = PatchFrames,
            PatchHopFrames = PatchHopFrames,
            ActiveRangeDb = ActiveRangeDb,
            MinActiveShare = MinActiveShare,
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException exception)
        {
            throw new InvalidDataException($"The contract's MFCC settings are out of range: {exception.Message}", exception);
        }

        return options;
    }
}
