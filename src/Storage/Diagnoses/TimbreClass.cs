namespace SingKing.Storage.Diagnoses;

/// <summary>The song style a voice's timbre suits best.</summary>
public enum TimbreClass
{
    /// <summary>Ballad (발라드).</summary>
    Ballad,

    /// <summary>Dance (댄스).</summary>
    Dance,

    /// <summary>Rock (록).</summary>
    Rock,

    /// <summary>Trot (트로트).</summary>
    Trot,
}
