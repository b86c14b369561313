using System.Net;
using SingKing.Host.Tests.Accounts;
using SingKing.Storage;
using SingKing.Storage.Tests.Support;

namespace SingKing.Host.Tests.Operations;

/// <summary>A host on a real MariaDB whose server is stopped and started again under it.</summary>
[Collection(MetricsCollection.Name)]
public sealed class DatabaseHealthTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly MariaDbServer _server = new();

    public async Task InitializeAsync() => await _server.InitializeAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [MariaDbFact]
    public async Task Ready_is_503_naming_the_database_while_MariaDB_is_stopped_and_200_again_once_it_is_back()
    {
        await using var host = new AccountsHost(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "mysql",
            ["Storage:ConnectionString"] = await _server.CreateDatabaseAsync(),
        });
        using var http = host.Factory.CreateClient();
        var before = await HealthProbe.GetAsync(http, "/health/ready");
        var errorsBefore = PrometheusText.Sum(await PrometheusText.ScrapeAsync(http), "singking_storage_database_errors_total") ?? 0;

        await _server.StopAsync();
        var down = await HealthProbe.GetAsync(http, "/health/ready");
        var live = await HealthProbe.GetAsync(http, "/health/live");
        var scrapeDown = await PrometheusText.ScrapeAsync(http);
        var errorsDown = PrometheusText.Sum(scrapeDown, "singking_storage_database_errors_total") ?? 0;
        await _server.StartAsync();
        var back = await HealthProbe.WaitForReadyAsync(http, HttpStatusCode.OK, Patience, "the database check to pass after MariaDB started again");

        Assert.True(before.Status == HttpStatusCode.OK, before.ToString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
        Assert.Equal("Unhealthy", down.Overall);
        var (status, reason) = down.Checks["database"];
        Assert.Equal("Unhealthy", status);
        Assert.Contains($"mysql 127.0.0.1:{_server.Port}/", reason);
        Assert.DoesNotContain("Password", reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Healthy", down.Checks["silo"].Status);
        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.True(errorsDown > errorsBefore, $"database errors counted: {errorsBefore} before the stop, {errorsDown} after a failed check; scrape: {string.Join('\n', scrapeDown.Split('\n').Where(l => l.Contains("singking")))}");
        Assert.Equal("Healthy", back.Checks["database"].Status);
    }
}
