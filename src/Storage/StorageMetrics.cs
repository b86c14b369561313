using System.Diagnostics.Metrics;

namespace SingKing.Storage;

/// <summary>
/// Counts the failures of the database and of Redis under the <see cref="MeterName"/> meter, where the storage code
/// meets them, so an operator sees an outage as a rising count rather than only in the logs.
/// </summary>
public sealed class StorageMetrics
{
    /// <summary>Name of the storage meter.</summary>
    public const string MeterName = "SingKing.Storage";

    /// <summary>
    /// Name of the counter of database calls that failed because the database could not be reached or failed mid-call
    /// (each becomes a <see cref="StorageUnavailableException"/>), tagged <c>singking.storage.provider</c>.
    /// </summary>
    public const string DatabaseErrorsInstrument = "singking.storage.database_errors";

    /// <summary>Name of the counter of Redis calls of the leaderboards that failed, tagged <c>singking.redis.operation</c>.</summary>
    public const string RedisErrorsInstrument = "singking.storage.redis_errors";

    private readonly Counter<long> _databaseErrors;
    private readonly Counter<long> _redisErrors;

    /// <summary>Creates the instruments on the meter from <paramref name="meterFactory"/>.</summary>
    public StorageMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _databaseErrors = meter.CreateCounter<long>(
            DatabaseErrorsInstrument,
            unit: "{error}",
            description: "Database calls that failed because the database was unreachable or failed mid-call.");
        _redisErrors = meter.CreateCounter<long>(
            RedisErrorsInstrument,
            unit: "{error}",
            description: "Leaderboard calls to Redis that failed.");
    }

    internal void DatabaseUnavailable(string provider) =>
        _databaseErrors.Add(1, new KeyValuePair<string, object?>("singking.storage.provider", provider));

    internal void RedisFailed(string operation) =>
        _redisErrors.Add(1, new KeyValuePair<string, object?>("singking.redis.operation", operation));
}
