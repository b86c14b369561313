namespace SingKing.Dsp.Charts;

/// <summary>How a chart note is sung and scored, from the first character of its line.</summary>
public enum ChartNoteType
{
    /// <summary><c>:</c> a pitch held for the note's length.</summary>
    Normal,

    /// <summary><c>*</c> like <see cref="Normal"/>, but worth more points.</summary>
    Golden,

    /// <summary><c>R</c> spoken or rapped: timing counts, pitch is ignored.</summary>
    Rap,

    /// <summary><c>G</c> like <see cref="Rap"/>, but worth more points.</summary>
    GoldenRap,

    /// <summary><c>F</c> sung freely: shown, never scored. Unknown note types are read as freestyle.</summary>
    Freestyle,
}
