namespace SingKing.Dsp.Scoring;

/// <summary>
/// Something a coach would point out about one line of a take. Thresholds in docs/scoring.md; the JSON names
/// come from <see cref="PhraseFaults.Name"/>.
/// </summary>
public enum PhraseFault
{
    /// <summary>The line's notes sit flat on average (≤ −25 cents, octave-folded).</summary>
    Flat,

    /// <summary>The line's notes sit sharp on average (≥ +25 cents).</summary>
    Sharp,

    /// <summary>Half or more of the sung pitched notes earned less than the hit share: other notes than the chart's.</summary>
    WrongNotes,

    /// <summary>The line's onsets come late on average (≥ 80 ms after the chart).</summary>
    Late,

    /// <summary>The line's onsets come early on average (≥ 80 ms before the chart).</summary>
    Early,

    /// <summary>At least one scored note of the line was not sung.</summary>
    MissedNotes,

    /// <summary>Fewer than half of the line's sung syllable starts were heard as distinct onsets.</summary>
    UnclearArticulation,
}
