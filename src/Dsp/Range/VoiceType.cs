namespace SingKing.Dsp.Range;

/// <summary>The classical voice types, from lowest to highest.</summary>
public enum VoiceType
{
    /// <summary>Roughly E2–E4.</summary>
    Bass,
    /// <summary>Roughly A2–A4.</summary>
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
