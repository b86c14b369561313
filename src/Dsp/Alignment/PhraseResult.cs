namespace SingKing.Dsp.Alignment;

/// <summary>A line of lyrics that has ended, with its rating.</summary>
/// <param name="PhraseIndex">Index of the phrase in the voice.</param>
/// <param name="EndSeconds">Song time, in seconds, at which its last note ends.</param>
/// <param name="Perfection">
/// Share of the line earned, in [0, 1]: the notes' <see cref="NoteProgress.Hit"/> weighted by length ×
/// factor (golden ×2), as UltraStar Deluxe's line perfection.
/// </param>
/// <param name="Rating">The rating that <paramref name="Perfection"/> earns (<see cref="Rate"/>).</param>
public readonly record struct PhraseResult(int PhraseIndex, double EndSeconds, double Perfection, PhraseRating Rating)
{
    /// <summary>
    /// The rating of a line perfection: perfect ≥ 95 %, great ≥ 80 %, good ≥ 60 %, ok ≥ 40 %, otherwise miss.
    /// </summary>
    public static PhraseRating Rate(double perfection) => perfection switch
    {
        >= 0.95 => PhraseRating.Perfect,
        >= 0.80 => PhraseRating.Great,
        >= 0.60 => PhraseRating.Good,
        >= 0.40 => PhraseRating.Ok,
        _ => PhraseRating.Miss,
    };
}
