namespace SingKing.Dsp.Synthesis;

/// <summary>Expressive deviations that turn a list of notes into a sung fundamental-frequency contour.</summary>
public sealed class F0ContourOptions
{
    /// <summary>Vibrato on every note, or null for a straight tone.</summary>
    public VibratoOptions? Vibrato { get; init; }

    /// <summary>Scoop into every note that does not glide in by portamento, or null for clean onsets.</summary>
    public ScoopOptions? Scoop { get; init; }

    /// <summary>
    /// Length in seconds of the glide between legato notes (a note starting exactly where the previous one
    /// ends), centred on the boundary; 0 for an instant change of pitch.
    /// </summary>
    public double PortamentoSeconds { get; init; }

    /// <summary>
    /// Standard deviation in cents of the random pitch perturbation drawn anew for each glottal cycle
    /// (natural voices: roughly 3–15 cents, i.e. 0.2–1 % jitter); 0 for none.
    /// </summary>
    public double JitterCents { get; init; }

    internal void Validate()
    {
        Vibrato?.Validate();
        Scoop?.Validate();
        if (PortamentoSeconds < 0)
            throw new ArgumentOutOfRangeException(nameof(PortamentoSeconds), PortamentoSeconds, "Portamento cannot be negative.");
        if (JitterCents is < 0 or > 100)
            throw new ArgumentOutOfRangeException(nameof(JitterCents), JitterCents, "Jitter must be 0–100 cents.");
    }
}
