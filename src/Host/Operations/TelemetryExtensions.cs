using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using SingKing.Grains.Sessions;
using SingKing.Storage;

namespace SingKing.Host.Operations;

/// <summary>
/// Metrics through OpenTelemetry: the live path's and the storage's own meters, ASP.NET Core's (requests, Kestrel,
/// SignalR connections) and the .NET runtime's, scraped by Prometheus at <see cref="MetricsPath"/> and, when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, also pushed over OTLP.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>Where Prometheus scrapes the metrics.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>The service name the metrics carry (<c>service.name</c>, and <c>job</c> in Prometheus' target info).</summary>
    public const string ServiceName = "singking";

    /// <summary>Standard OpenTelemetry variable: the collector to push metrics to; unset means scrape only.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Adds the meter provider with the Prometheus exporter, and the OTLP exporter when its endpoint is set.</summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(TakeMetrics.MeterName, StorageMetrics.MeterName)
                    // SignalR's own meter: open connections and their duration.
                    .AddMeter("Microsoft.AspNetCore.Http.Connections")
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    // A scrape every few seconds is cheap to answer fresh; a cached answer would hide the last take.
                    .AddPrometheusExporter(options => options.ScrapeResponseCacheDurationMilliseconds = 0);
                if (otlp)
                    metrics.AddOtlpExporter();
            });
        return builder;
    }

    /// <summary>Maps the Prometheus scraping endpoint at <see cref="MetricsPath"/>.</summary>
    public static WebApplication MapTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }
}
