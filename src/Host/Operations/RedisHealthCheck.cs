using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace SingKing.Host.Operations;

/// <summary>Ready when a configured Redis answers PING; <paramref name="purpose"/> says what this host keeps there.</summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis, string purpose) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var endpoints = string.Join(", ", redis.GetEndPoints().Select(e => e.ToString()));
        try
        {
            var roundTrip = await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Redis at {endpoints} ({purpose}) answered PING in {roundTrip.TotalMilliseconds:0.#} ms");
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy(
                $"Redis at {endpoints} ({purpose}) does not answer PING: {exception.Message}. Check that redis-server is running and reachable.");
        }
    }
}
