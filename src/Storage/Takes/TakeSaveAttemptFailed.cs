namespace SingKing.Storage.Takes;

/// <summary>One failed attempt to save a take, reported as it happens so the page can say "saving… retrying".</summary>
/// <param name="TakeId">The take being saved.</param>
/// <param name="Attempt">Which attempt failed, from 1.</param>
/// <param name="MaxAttempts">How many attempts will be made in all.</param>
/// <param name="RetryIn">The wait before the next attempt; <see cref="TimeSpan.Zero"/> when this was the last.</param>
/// <param name="Error">Why it failed (a <see cref="StorageUnavailableException"/>).</param>
public sealed record TakeSaveAttemptFailed(string TakeId, int Attempt, int MaxAttempts, TimeSpan RetryIn, Exception Error)
{
    /// <summary>Whether another attempt follows.</summary>
    public bool WillRetry => Attempt < MaxAttempts;
}
