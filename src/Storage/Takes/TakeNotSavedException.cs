namespace SingKing.Storage.Takes;

/// <summary>
/// Every attempt to save a take failed because the database stayed unreachable. The take's audio and pitch files
/// are still on disk; the page should tell the singer their score could not be kept yet.
/// </summary>
public sealed class TakeNotSavedException : Exception
{
    /// <summary>Describes the take and the last failure.</summary>
    public TakeNotSavedException(string takeId, int attempts, Exception lastError)
        : base($"Take {takeId} could not be saved after {attempts} attempts; the database stayed unreachable: {lastError.Message}", lastError)
    {
        TakeId = takeId;
        Attempts = attempts;
    }

    /// <summary>The take that was not saved.</summary>
    public string TakeId { get; }

    /// <summary>How many attempts were made.</summary>
    public int Attempts { get; }
}
