using System.Net;
using SingKing.Host.Extensions;
using SingKing.Host.Operations;
using SingKing.Host.Tests.Accounts;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Operations;

[Collection(HostCollection.Name)]
public sealed class HealthTests(HostFixture host)
{
    [Fact]
    public async Task Live_answers_200_without_checking_any_dependency()
    {
        using var http = host.Factory.CreateClient();

        var answer = await HealthProbe.GetAsync(http, "/health/live");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Healthy", answer.Overall);
        Assert.Empty(answer.Checks);
    }

    [Fact]
    public async Task Ready_on_embedded_defaults_checks_the_silo_and_the_database_and_no_Redis()
    {
        using var http = host.Factory.CreateClient();

        var answer = await HealthProbe.GetAsync(http, "/health/ready");

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal(["database", "silo"], answer.Checks.Keys.Order());
        Assert.All(answer.Checks.Values, check => Assert.Equal("Healthy", check.Status));
        Assert.Contains("active", answer.Checks["silo"].Reason);
        Assert.Contains("sqlite", answer.Checks["database"].Reason);
    }

    [Fact]
    public async Task Ready_is_503_naming_the_cluster_Redis_when_nothing_answers_there()
    {
        // A port nobody listens on: the cluster's Redis is down from the start. The silo itself runs on the
        // embedded clustering here, so only the Redis check can fail.
        var port = FreePort.Next();
        await using var clusterHost = new AccountsHost(new Dictionary<string, string?> { [OrleansExtensions.RedisKey] = $"127.0.0.1:{port},connectTimeout=500" });
        using var http = clusterHost.Factory.CreateClient();

        var answer = await HealthProbe.GetAsync(http, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
        var (status, reason) = answer.Checks["redis"];
        Assert.Equal("Unhealthy", status);
        Assert.Contains($"127.0.0.1:{port}", reason);
        Assert.Contains("cluster membership", reason);
        Assert.Equal("Healthy", answer.Checks["database"].Status);
    }
}
