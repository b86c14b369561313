namespace SingKing.Storage;

/// <summary>The schema rule a write broke.</summary>
public enum StorageConflict
{
    /// <summary>A unique value (a user name, an e-mail address, a primary key) is already taken.</summary>
    Duplicate,

    /// <summary>The row refers to a singer, song or take that does not exist.</summary>
    MissingReference,

    /// <summary>A value is out of its allowed range (a score above 10000, an accuracy above 1, an unknown status).</summary>
    OutOfRange,
}
