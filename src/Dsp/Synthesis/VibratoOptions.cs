namespace SingKing.Dsp.Synthesis;

/// <summary>Sinusoidal vibrato applied to every note of an <see cref="F0Contour"/>.</summary>
public sealed class VibratoOptions
{
    /// <summary>Vibrato rate in Hz (singers: 4.5–7 Hz).</summary>
    public double RateHz { get; init; } = 5.5;

    /// <summary>Peak deviation in cents either side of the note (up to ±80 cents).</summary>
    public double ExtentCents { get; init; } = 50;

    /// <summary>Seconds after each note onset before vibrato starts; singers settle on the pitch first.</summary>
    public double DelaySeconds { get; init; } = 0.15;

    /// <summary>Seconds over which the vibrato grows from nothing to its full extent after the delay.</summary>
    public double FadeInSeconds { get; init; } = 0.2;

    internal void Validate()
    {
        if (RateHz is <= 0 or > 20)
            throw new ArgumentOutOfRangeException(nameof(RateHz), RateHz, "Vibrato rate must be in (0, 20] Hz.");
        if (ExtentCents is < 0 or > 200)
            throw new ArgumentOutOfRangeException(nameof(ExtentCents), ExtentCents, "Vibrato extent must be 0–200 cents.");
        if (DelaySeconds < 0 || FadeInSeconds < 0)
            throw new ArgumentOutOfRangeException(nameof(DelaySeconds), "Vibrato delay and fade-in cannot be negative.");
    }
}
