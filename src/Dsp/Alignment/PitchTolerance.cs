namespace SingKing.Dsp.Alignment;

/// <summary>
/// Partial credit for a sung pitch, after Performous (game/notes.cc, <c>Note::powerFactor</c>): full credit
/// up to <see cref="FullCreditSemitones"/> from the note, falling linearly to none at
/// <see cref="ZeroCreditSemitones"/>. The distance is octave-folded first (<see cref="OctaveFolding"/>).
/// </summary>
/// <param name="FullCreditSemitones">Largest distance, in semitones, that still earns full credit.</param>
/// <param name="ZeroCreditSemitones">Distance, in semitones, from which on no credit is earned; above <paramref name="FullCreditSemitones"/>.</param>
public readonly record struct PitchTolerance(double FullCreditSemitones, double ZeroCreditSemitones)
{
    /// <summary>
    /// The tolerance of a difficulty: Easy 1.0→2.0 semitones (UltraStar Deluxe's Easy accepts 2),
    /// Medium 0.5→1.5 (Performous' Normal), Hard 0.5→1.0 (Performous' Hard; UltraStar's Hard accepts only
    /// the exact semitone, about ±0.5).
    /// </summary>
    public static PitchTolerance For(Difficulty difficulty) => difficulty switch
    {
        Difficulty.Easy => new(1.0, 2.0),
        Difficulty.Medium => new(0.5, 1.5),
        Difficulty.Hard => new(0.5, 1.0),
        _ => throw new ArgumentOutOfRangeException(nameof(difficulty), difficulty, "Unknown difficulty."),
    };

    /// <summary>Credit in [0, 1] for a sung pitch <paramref name="distanceSemitones"/> from the note (either sign).</summary>
    public double Credit(double distanceSemitones)
    {
        var error = Math.Abs(distanceSemitones);
        if (error <= FullCreditSemitones)
            return 1.0;
        if (error >= ZeroCreditSemitones)
            return 0.0;
        return (ZeroCreditSemitones - error) / (ZeroCreditSemitones - FullCreditSemitones);
    }
}
