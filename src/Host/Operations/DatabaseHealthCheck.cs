using Microsoft.Extensions.Diagnostics.HealthChecks;
using SingKing.Storage;

namespace SingKing.Host.Operations;

/// <summary>Ready when the database answers a trivial query; the reason names the database without credentials.</summary>
public sealed class DatabaseHealthCheck(StorageDatabase database) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{database.Description} answers");
        }
        catch (StorageUnavailableException exception)
        {
            // The message says where it tried and why it failed, and never holds the password.
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }
}
