namespace SingKing.Dsp.Alignment;

/// <summary>
/// How well a line of lyrics was sung, from its perfection (see <see cref="PhraseResult.Perfection"/>);
/// ordered from worst to best so ratings compare.
/// </summary>
public enum PhraseRating
{
    /// <summary>Below 40 %.</summary>
    Miss,

    /// <summary>At least 40 %.</summary>
    Ok,

    /// <summary>At least 60 %.</summary>
    Good,

    /// <summary>At least 80 %.</summary>
    Great,

    /// <summary>At least 95 %.</summary>
    Perfect,
}
