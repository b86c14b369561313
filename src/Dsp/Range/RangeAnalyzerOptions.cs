namespace SingKing.Dsp.Range;

/// <summary>What counts as a stable note (see <see cref="RangeAnalyzer"/> for the full definition).</summary>
public sealed class RangeAnalyzerOptions
{
    /// <summary>Shortest hold that counts, in seconds of voiced, in-tune frames (bridged excursions excluded).</summary>
    public double MinimumDurationSeconds { get; init; } = 0.5;

    /// <summary>Every frame of the hold lies within this many cents of the hold's median.</summary>
    public double ToleranceCents { get; init; } = 50;

    /// <summary>
    /// Largest root-mean-square change of pitch from one frame to the next within a hold, in cents. A steady
    /// note moves a few cents per 10 ms frame and even a wide (±40 cents, 5.5 Hz) vibrato only about 10; a
    /// reading that jumps around inside the ±50 cent band moves 30–40 and is not a held note.
    /// </summary>
    public double MaxJitterCents { get; init; } = 25;

    /// <summary>
    /// Longest run of unvoiced or out-of-tune frames, in seconds, that a hold bridges (a crack, a catch of
    /// breath, a tracker glitch). Longer excursions end the hold.
    /// </summary>
    public double MaxExcursionSeconds { get; init; } = 0.050;

    /// <summary>
    /// Largest share of a hold's counted duration that bridged excursions may add up to. Keeps a note that
    /// keeps leaving the band (a ±80 cent wobble pokes out for about 50 ms twice per cycle) from passing as
    /// a steady hold with many small cracks.
    /// </summary>
    public double MaxExcursionShare { get; init; } = 0.2;

    /// <summary>Time between pitch frames in seconds; must match the tracker's hop (10 ms by default).</summary>
    public double FrameSeconds { get; init; } = 0.010;

    internal void Validate()
    {
        if (!(MinimumDurationSeconds > 0))
            throw new ArgumentOutOfRangeException(nameof(MinimumDurationSeconds), MinimumDurationSeconds, "The shortest hold must be positive.");
        if (ToleranceCents is <= 0 or > 600)
            throw new ArgumentOutOfRangeException(nameof(ToleranceCents), ToleranceCents, "The tolerance must be in (0, 600] cents.");
        if (!(MaxJitterCents > 0))
            throw new ArgumentOutOfRangeException(nameof(MaxJitterCents), MaxJitterCents, "The jitter bound must be positive.");
        if (MaxExcursionSeconds < 0 || MaxExcursionSeconds > 1)
            throw new ArgumentOutOfRangeException(nameof(MaxExcursionSeconds), MaxExcursionSeconds, "Excursions of 0–1 s can be bridged.");
        if (MaxExcursionShare is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(MaxExcursionShare), MaxExcursionShare, "The excursion share must be in [0, 1].");
        if (FrameSeconds is <= 0 or > 0.1)
            throw new ArgumentOutOfRangeException(nameof(FrameSeconds), FrameSeconds, "Frames must be (0, 100] ms apart.");
    }
}
