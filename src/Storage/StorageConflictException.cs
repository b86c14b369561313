namespace SingKing.Storage;

/// <summary>
/// A write broke one of the schema's rules: a value that must be unique already exists, or a row refers to one
/// that does not exist. Retrying the same write fails the same way.
/// </summary>
public class StorageConflictException : Exception
{
    /// <summary>Wraps the provider's error.</summary>
    public StorageConflictException(StorageConflict conflict, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Conflict = conflict;
    }

    /// <summary>Which rule the write broke.</summary>
    public StorageConflict Conflict { get; }
}
