using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SingKing.Host.Extensions;
using SingKing.Storage;
using StackExchange.Redis;

namespace SingKing.Host.Operations;

/// <summary>
/// The health endpoints a load balancer or orchestrator asks: <see cref="LivePath"/> (the process answers) and
/// <see cref="ReadyPath"/> (the silo, the database and every configured Redis answer).
/// </summary>
public static class HealthExtensions
{
    /// <summary>Answers 200 while the process serves requests; checks nothing else, so a dependency's outage never restarts a host.</summary>
    public const string LivePath = "/health/live";

    /// <summary>Answers 200 when this host can serve singers, 503 with the failing checks' reasons when it cannot.</summary>
    public const string ReadyPath = "/health/ready";

    private const string Ready = "ready";

    // Longer than a MariaDB connection's 5 s timeout would be too slow for a probe; a check that has not answered by
    // then counts as unhealthy with the reason "timeout".
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(4);

    /// <summary>
    /// Adds the readiness checks: <c>silo</c>, <c>database</c>, and <c>redis</c> when <c>Leaderboards:Redis</c> or
    /// <c>Orleans:Redis</c> is set (one check each when they differ). Call it after <c>AddStorage</c>.
    /// </summary>
    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks()
            .AddCheck<SiloHealthCheck>("silo", HealthStatus.Unhealthy, [Ready], CheckTimeout)
            .AddCheck<DatabaseHealthCheck>("database", HealthStatus.Unhealthy, [Ready], CheckTimeout);

        var leaderboards = builder.Configuration[StorageExtensions.LeaderboardRedisKey];
        var orleans = builder.Configuration[OrleansExtensions.RedisKey];
        if (!string.IsNullOrWhiteSpace(leaderboards))
        {
            var purpose = string.Equals(leaderboards, orleans, StringComparison.Ordinal) ? "leaderboards and cluster membership" : "leaderboards";
            checks.Add(new HealthCheckRegistration(
                "redis",
                services => new RedisHealthCheck(services.GetRequiredService<IConnectionMultiplexer>(), purpose),
                HealthStatus.Unhealthy,
                [Ready],
                CheckTimeout));
        }

        if (!string.IsNullOrWhiteSpace(orleans) && !string.Equals(leaderboards, orleans, StringComparison.Ordinal))
        {
            // Orleans keeps its own connection inside its clustering provider; the probe needs one of its own.
            builder.Services.AddKeyedSingleton<IConnectionMultiplexer>(OrleansExtensions.RedisKey, (_, _) => Connect(orleans));
            checks.Add(new HealthCheckRegistration(
                string.IsNullOrWhiteSpace(leaderboards) ? "redis" : "redis-cluster",
                services => new RedisHealthCheck(services.GetRequiredKeyedService<IConnectionMultiplexer>(OrleansExtensions.RedisKey), "cluster membership"),
                HealthStatus.Unhealthy,
                [Ready],
                CheckTimeout));
        }

        return builder;
    }

    /// <summary>Maps <see cref="LivePath"/> and <see cref="ReadyPath"/>, both answering JSON.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(Ready),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        return app;
    }

    private static ConnectionMultiplexer Connect(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        // Start even while Redis is down; the check reports it and the connection comes back by itself.
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(options);
    }
}
