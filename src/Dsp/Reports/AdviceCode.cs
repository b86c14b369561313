namespace SingKing.Dsp.Reports;

/// <summary>What a piece of advice is about; the page words each in the singer's language.</summary>
public enum AdviceCode
{
    /// <summary>The sung notes sit flat on average. Values: cents (positive).</summary>
    FlatOverall,

    /// <summary>The sung notes sit sharp on average. Values: cents.</summary>
    SharpOverall,

    /// <summary>Long notes sit flat, more than the rest. Values: cents (positive), notes.</summary>
    FlatOnLongNotes,

    /// <summary>Long notes sit sharp, more than the rest. Values: cents, notes.</summary>
    SharpOnLongNotes,

    /// <summary>The pitch wanders on long notes. Values: cents (RMS), notes.</summary>
    UnsteadyLongNotes,

    /// <summary>Entries come late. Values: ms.</summary>
    LateEntries,

    /// <summary>Entries come early. Values: ms (positive).</summary>
    EarlyEntries,

    /// <summary>Notes end before the chart's end. Values: ms (positive).</summary>
    CutsNotesShort,

    /// <summary>Many notes start with a scoop from below. Values: percent, cents.</summary>
    Scoops,

    /// <summary>Vibrato is fast and narrow (a bleat). Values: hz, cents.</summary>
    VibratoFastNarrow,

    /// <summary>Vibrato is slow and wide (a wobble). Values: hz, cents.</summary>
    VibratoSlowWide,

    /// <summary>Sustained notes carry no vibrato. Values: notes.</summary>
    NoVibrato,

    /// <summary>Few syllable starts were heard as distinct onsets. Values: percent.</summary>
    UnclearArticulation,

    /// <summary>Whole lines were not sung. Values: count.</summary>
    MissedLines,

    /// <summary>Nothing to correct and a high score.</summary>
    WellDone,
}
