namespace SingKing.Dsp.Range;

/// <summary>The classical voice types, from lowest to highest (ranges as in <see cref="VoiceTypes"/>).</summary>
public enum VoiceType
{
    /// <summary>Roughly E2–E4.</summary>
    Bass,
    /// <summary>Roughly G2–G4 (A2–A4 in some sources).</summary>
    Baritone,
    /// <summary>Roughly C3–C5.</summary>
    Tenor,
    /// <summary>Roughly F3–F5.</summary>
    Alto,
    /// <summary>Roughly A3–A5.</summary>
    MezzoSoprano,
    /// <summary>Roughly C4–C6.</summary>
    Soprano,
}
