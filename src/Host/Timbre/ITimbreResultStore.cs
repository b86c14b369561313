using SingKing.Host.Singers;

namespace SingKing.Host.Timbre;

/// <summary>Where a singer's timbre results are kept (<see cref="DatabaseTimbreResultStore"/>: a signed-in singer's, in the database).</summary>
public interface ITimbreResultStore
{
    /// <summary>Keeps <paramref name="result"/> for <paramref name="singer"/>, if this store keeps that singer's results.</summary>
    Task SaveAsync(SingerKey singer, TimbreResult result, CancellationToken cancellationToken);
}
