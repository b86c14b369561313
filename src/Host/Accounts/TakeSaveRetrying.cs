using MessagePack;

namespace SingKing.Host.Accounts;

/// <summary>
/// Sent to the caller as <c>takeSaveRetrying</c> while <c>endSession</c> waits for the database: an attempt to save
/// the finished take failed and another follows, so the page can say "saving… retrying in 2 s".
/// </summary>
[MessagePackObject]
public sealed class TakeSaveRetrying
{
    /// <summary>Name of the hub message.</summary>
    public const string MethodName = "takeSaveRetrying";

    /// <summary>The take being saved.</summary>
    [Key("takeId")]
    public string TakeId { get; set; } = "";

    /// <summary>Which attempt failed, from 1.</summary>
    [Key("attempt")]
    public int Attempt { get; set; }

    /// <summary>How many attempts will be made in all.</summary>
    [Key("maxAttempts")]
    public int MaxAttempts { get; set; }

    /// <summary>Seconds until the next attempt.</summary>
    [Key("retryInSeconds")]
    public double RetryInSeconds { get; set; }
}
