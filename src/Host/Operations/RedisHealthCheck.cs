using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace SingKing.Host.Operations;

/// <summary>Ready when a configured Redis answers PING; <paramref name="purpose"/> says what this host keeps there.</summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis, string purpose) : IHealthCheck
{
    // Below the check's own timeout, so a Redis that accepts but does not answer is reported as such.
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(2);

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var endpoints = string.Join(", ", redis.GetEndPoints().Select(e => e.ToString()));
        if (!redis.IsConnected)
        {
            // A PING now would wait in the client's backlog for a reconnection; the answer is already known.
            return HealthCheckResult.Unhealthy(
                $"Redis at {endpoints} ({purpose}) is not connected, so it cannot answer PING. Check that redis-server is running and reachable.");
        }

        try
        {
            var roundTrip = await redis.GetDatabase().PingAsync().WaitAsync(PingTimeout, cancellationToken);
            return HealthCheckResult.Healthy($"Redis at {endpoints} ({purpose}) answered PING in {roundTrip.TotalMilliseconds:0.#} ms");
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy(
                $"Redis at {endpoints} ({purpose}) does not answer PING: {exception.Message}. Check that redis-server is running and reachable.");
        }
    }
}
