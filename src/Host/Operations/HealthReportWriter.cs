using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SingKing.Host.Operations;

/// <summary>Writes a health report as JSON: the overall status and each check with its status and reason.</summary>
public static class HealthReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Writes <c>{"status":"Healthy","checks":[{"name":"database","status":"Healthy","reason":"…","durationMs":1.2}]}</c>;
    /// the status code (200, or 503 when unhealthy) is set by the health check middleware.
    /// </summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.Select(entry => new
            {
                name = entry.Key,
                status = entry.Value.Status.ToString(),
                reason = entry.Value.Description
                    ?? entry.Value.Exception?.Message
                    ?? (entry.Value.Status == HealthStatus.Unhealthy ? "did not answer in time" : null),
                durationMs = Math.Round(entry.Value.Duration.TotalMilliseconds, 1),
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }
}
