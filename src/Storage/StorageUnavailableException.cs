namespace SingKing.Storage;

/// <summary>
/// The database could not be reached or did not answer (server down, network cut, file locked too long). The
/// same call may succeed later; <see cref="Takes.TakeSaver"/> retries it.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    /// <summary>Wraps the provider's error.</summary>
    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
