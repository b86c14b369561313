using System.Net;
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
}
