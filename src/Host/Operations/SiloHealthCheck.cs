using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace SingKing.Host.Operations;

/// <summary>Ready when this host's co-hosted silo is an active member of its cluster, so grain calls can be placed here.</summary>
public sealed class SiloHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"silo {silo.SiloAddress} is active")
            : HealthCheckResult.Unhealthy($"silo {silo.SiloAddress} is {status}, not active: it is still joining its cluster or shutting down"));
    }
}
