namespace SingKing.Dsp.Alignment;

/// <summary>How close to a note the singer must be for credit; see <see cref="PitchTolerance.For"/>.</summary>
public enum Difficulty
{
    /// <summary>Full credit within 1 semitone, none beyond 2.</summary>
    Easy,

    /// <summary>Full credit within half a semitone, none beyond 1.5 (Performous' Normal).</summary>
    Medium,

    /// <summary>Full credit within half a semitone, none beyond 1 (Performous' Hard).</summary>
    Hard,
}
