namespace SingKing.Dsp.Scoring;

/// <summary>Stable names of <see cref="PhraseFault"/> values, as the report and the command line print them.</summary>
public static class PhraseFaults
{
    /// <summary>"flat", "sharp", "wrong notes", "late", "early", "missed notes" or "unclear articulation".</summary>
    public static string Name(PhraseFault fault) => fault switch
    {
        PhraseFault.Flat => "flat",
        PhraseFault.Sharp => "sharp",
        PhraseFault.WrongNotes => "wrong notes",
        PhraseFault.Late => "late",
        PhraseFault.Early => "early",
        PhraseFault.MissedNotes => "missed notes",
        PhraseFault.UnclearArticulation => "unclear articulation",
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, "Unknown fault."),
    };
}
