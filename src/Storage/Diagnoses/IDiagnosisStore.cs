namespace SingKing.Storage.Diagnoses;

/// <summary>Range and timbre diagnoses, for My page.</summary>
public interface IDiagnosisStore
{
    /// <summary>Stores a range diagnosis and returns its id.</summary>
    /// <exception cref="StorageConflictException">The singer or take does not exist.</exception>
    Task<long> AddRangeAsync(RangeDiagnosis diagnosis, CancellationToken cancellationToken);

    /// <summary>Stores a timbre diagnosis and returns its id.</summary>
    /// <exception cref="StorageConflictException">The singer or take does not exist.</exception>
    Task<long> AddTimbreAsync(TimbreDiagnosis diagnosis, CancellationToken cancellationToken);

    /// <summary>The singer's most recent range diagnosis, or null.</summary>
    Task<RangeDiagnosis?> LatestRangeAsync(long singerId, CancellationToken cancellationToken);

    /// <summary>The singer's most recent timbre diagnosis, or null.</summary>
    Task<TimbreDiagnosis?> LatestTimbreAsync(long singerId, CancellationToken cancellationToken);

    /// <summary>The singer's range diagnoses, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<RangeDiagnosis>> ListRangeAsync(long singerId, int limit, CancellationToken cancellationToken);

    /// <summary>The singer's timbre diagnoses, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<TimbreDiagnosis>> ListTimbreAsync(long singerId, int limit, CancellationToken cancellationToken);
}
