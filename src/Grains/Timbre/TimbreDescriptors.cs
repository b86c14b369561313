using SingKing.Dsp.Timbre;

namespace SingKing.Grains.Timbre;

/// <summary>The measured voice descriptors of a diagnosis (see <see cref="VoiceDescriptors"/> for each one's meaning).</summary>
[GenerateSerializer, Immutable]
public sealed record TimbreDescriptors(
    [property: Id(0)] double SpectralCentroidHz,
    [property: Id(1)] double SingersFormantDb,
    [property: Id(2)] double HarmonicsToNoiseDb,
    [property: Id(3)] double JitterPercent,
    [property: Id(4)] double ShimmerPercent,
    [property: Id(5)] double VibratoRateHz,
    [property: Id(6)] double VibratoExtentCents,
    [property: Id(7)] double VoicedSeconds,
    [property: Id(8)] double DurationSeconds)
{
    /// <summary>The descriptors of <paramref name="measured"/>, rounded for display.</summary>
    public static TimbreDescriptors From(VoiceDescriptors measured) => new(
        Math.Round(measured.SpectralCentroidHz),
        Math.Round(measured.SingersFormantDb, 1),
        Math.Round(measured.HarmonicsToNoiseDb, 1),
        Math.Round(measured.JitterPercent, 2),
        Math.Round(measured.ShimmerPercent, 2),
        Math.Round(measured.VibratoRateHz, 2),
        Math.Round(measured.VibratoExtentCents),
        Math.Round(measured.VoicedSeconds, 2),
        Math.Round(measured.DurationSeconds, 2));
}
