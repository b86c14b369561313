namespace SingKing.Dsp.Synthesis;

/// <summary>The vowel a synthetic singer sings, which sets the formant frequencies.</summary>
public enum Vowel
{
    /// <summary>/a/ as in "father".</summary>
    A,

    /// <summary>/e/ as in "bed".</summary>
    E,

    /// <summary>/i/ as in "see".</summary>
    I,

    /// <summary>/o/ as in "law".</summary>
    O,

    /// <summary>/u/ as in "boot".</summary>
    U,
}
