namespace SingKing.Dsp.Synthesis;

/// <summary>A scoop: the note starts below its target and glides up into it.</summary>
public sealed class ScoopOptions
{
    /// <summary>How far below the target the note starts, in cents.</summary>
    public double DepthCents { get; init; } = 150;

    /// <summary>How long the glide up to the target takes, in seconds.</summary>
    public double GlideSeconds { get; init; } = 0.12;

    internal void Validate()
    {
        if (DepthCents is < 0 or > 1200)
            throw new ArgumentOutOfRangeException(nameof(DepthCents), DepthCents, "Scoop depth must be 0–1200 cents.");
        if (GlideSeconds <= 0)
            throw new ArgumentOutOfRangeException(nameof(GlideSeconds), GlideSeconds, "Scoop glide must last more than 0 s.");
    }
}
