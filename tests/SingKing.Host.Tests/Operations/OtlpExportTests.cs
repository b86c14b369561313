using System.Net;
using System.Text;
using SingKing.Host.Operations;
using SingKing.Host.Tests.Accounts;

namespace SingKing.Host.Tests.Operations;

/// <summary>With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, the host pushes its metrics to that collector as well.</summary>
public sealed class OtlpExportTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Metrics_are_pushed_over_OTLP_to_the_configured_collector()
    {
        var port = FreePort.Next();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        // Listening before the host starts: its first export may come while it is still starting.
        var firstExport = collector.GetContextAsync();
        await using var host = new AccountsHost(new Dictionary<string, string?>
        {
            [TelemetryExtensions.OtlpEndpointKey] = $"http://127.0.0.1:{port}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            // Every half second instead of every minute, so the first export comes while the test waits.
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        });
        _ = host.Factory.Server;

        var context = await firstExport.WaitAsync(Patience);
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
        context.Response.StatusCode = 200;
        context.Response.Close();

        Assert.Equal("POST", context.Request.HttpMethod);
        Assert.Equal("/v1/metrics", context.Request.Url!.AbsolutePath);
        // The protobuf body carries its names as UTF-8: this service, and the runtime's instruments at least.
        var text = Encoding.UTF8.GetString(body.ToArray());
        Assert.Contains(TelemetryExtensions.ServiceName, text);
        Assert.Contains("dotnet.gc.", text);
    }
}
