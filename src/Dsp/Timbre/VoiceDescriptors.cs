namespace SingKing.Dsp.Timbre;

/// <summary>
/// Measurements of a voice a singer can understand, next to the timbre class. All are averages over the
/// voiced frames of the recording.
/// </summary>
/// <param name="SpectralCentroidHz">Brightness: the mean spectral centroid (0–8 kHz) of voiced frames, in Hz.</param>
/// <param name="SingersFormantDb">
/// Brightness/ring: energy in 2–4 kHz relative to 0–2 kHz, in dB (trained singers show a "singer's formant" near 3 kHz, so a higher value).
/// </param>
/// <param name="HarmonicsToNoiseDb">Breathiness: harmonics-to-noise ratio from the normalised autocorrelation at the period, in dB (lower is breathier).</param>
/// <param name="JitterPercent">Roughness: local period perturbation (3-point), in % of the mean period.</param>
/// <param name="ShimmerPercent">Roughness: local amplitude perturbation (3-point), in % of the mean amplitude.</param>
/// <param name="VibratoRateHz">Vibrato rate in Hz, or 0 when no regular vibrato was found.</param>
/// <param name="VibratoExtentCents">Vibrato extent (half the peak-to-peak swing) in cents, or 0 when none.</param>
/// <param name="VoicedSeconds">Seconds of the recording where a pitch was heard.</param>
/// <param name="DurationSeconds">Length of the recording, in seconds.</param>
public sealed record VoiceDescriptors(
    double SpectralCentroidHz,
    double SingersFormantDb,
    double HarmonicsToNoiseDb,
    double JitterPercent,
    double ShimmerPercent,
    double VibratoRateHz,
    double VibratoExtentCents,
    double VoicedSeconds,
    double DurationSeconds)
{
    /// <summary>True when a regular vibrato was measured.</summary>
    public bool HasVibrato => VibratoRateHz > 0;
}
