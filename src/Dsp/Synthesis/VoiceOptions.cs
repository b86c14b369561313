namespace SingKing.Dsp.Synthesis;

/// <summary>Timbre and dynamics of a <see cref="VoiceSynthesizer"/>.</summary>
public sealed class VoiceOptions
{
    /// <summary>The vowel sung throughout the take.</summary>
    public Vowel Vowel { get; init; } = Vowel.A;

    /// <summary>Vocal tract size, which scales the formants.</summary>
    public VocalTract VocalTract { get; init; } = VocalTract.Male;

    /// <summary>
    /// Slope of the glottal source spectrum in dB per octave (harmonic h has amplitude h^(slope / 6.02));
    /// about −12 for a glottal flow, −6 once lip radiation is included. Steeper is darker.
    /// </summary>
    public double SpectralTiltDbPerOctave { get; init; } = -9;

    /// <summary>
    /// Level of the aspiration (breath) noise relative to the harmonic source, in dB, measured over 0–8 kHz
    /// (so a take sounds equally breathy at any sample rate); −60 is nearly clean, −20 is breathy, −10 very
    /// breathy; <see cref="double.NegativeInfinity"/> for none at all.
    /// </summary>
    public double BreathinessDb { get; init; } = -40;

    /// <summary>Rise time of the amplitude envelope at the start of each phrase, in seconds.</summary>
    public double AttackSeconds { get; init; } = 0.05;

    /// <summary>Fall time of the amplitude envelope at the end of each phrase, in seconds.</summary>
    public double ReleaseSeconds { get; init; } = 0.08;

    /// <summary>
    /// Highest harmonic frequency in Hz; harmonics also always stay below 95 % of the Nyquist frequency so
    /// nothing aliases. Singing has little harmonic energy above 8 kHz, and the cap bounds the cost.
    /// </summary>
    public double MaxHarmonicHz { get; init; } = 8_000;

    internal void Validate()
    {
        if (!Enum.IsDefined(Vowel))
            throw new ArgumentOutOfRangeException(nameof(Vowel), Vowel, "Unknown vowel.");
        if (!Enum.IsDefined(VocalTract))
            throw new ArgumentOutOfRangeException(nameof(VocalTract), VocalTract, "Unknown vocal tract.");
        if (SpectralTiltDbPerOctave is > 0 or < -24)
            throw new ArgumentOutOfRangeException(nameof(SpectralTiltDbPerOctave), SpectralTiltDbPerOctave, "Tilt must be −24 to 0 dB per octave.");
        if (BreathinessDb > 0)
            throw new ArgumentOutOfRangeException(nameof(BreathinessDb), BreathinessDb, "Breath noise cannot be louder than the voice (≤ 0 dB).");
        if (AttackSeconds < 0 || ReleaseSeconds < 0)
            throw new ArgumentOutOfRangeException(nameof(AttackSeconds), "Attack and release cannot be negative.");
        if (MaxHarmonicHz <= 0)
            throw new ArgumentOutOfRangeException(nameof(MaxHarmonicHz), MaxHarmonicHz, "The harmonic cap must be above 0 Hz.");
    }
}
