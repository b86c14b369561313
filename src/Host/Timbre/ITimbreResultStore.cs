namespace SingKing.Host.Timbre;

/// <summary>
/// Where a signed-in singer's timbre results are kept. Singer accounts implement and register it; while
/// none is registered, results are returned to the caller and not kept.
/// </summary>
public interface ITimbreResultStore
{
    /// <summary>Keeps <paramref name="result"/> for the singer <paramref name="singerId"/>.</summary>
    Task SaveAsync(string singerId, TimbreResult result, CancellationToken cancellationToken);
}
