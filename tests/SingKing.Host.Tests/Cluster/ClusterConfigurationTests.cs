using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using SingKing.Host.Extensions;

namespace SingKing.Host.Tests.Cluster;

/// <summary>The silo's settings as an operator writes them: the keys of docs/cluster.md, and what a mistake says.</summary>
public sealed class ClusterConfigurationTests
{
    [Fact]
    public void Redis_clustering_without_a_redis_connection_string_says_which_setting_to_give()
    {
        var builder = Builder(new() { ["Orleans:Clustering"] = "Redis" });

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddSingKingOrleans());

        Assert.Contains("Orleans:Redis is not set. Set it (environment variable Orleans__Redis)", error.Message);
    }

    [Fact]
    public void An_unknown_clustering_names_the_ones_there_are()
    {
        var builder = Builder(new() { ["Orleans:Clustering"] = "Consul" });

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddSingKingOrleans());

        Assert.Contains("the supported values are \"Localhost\" and \"Redis\"", error.Message);
    }

    [Fact]
    public void Redis_clustering_advertises_the_configured_address_and_ports_with_the_membership_timing_given()
    {
        using var app = Builder(new()
        {
            ["Orleans:Clustering"] = "Redis",
            ["Orleans:Redis"] = "127.0.0.1:6379",
            ["Orleans:AdvertisedAddress"] = "127.0.0.1",
            ["Orleans:SiloPort"] = "21111",
            ["Orleans:GatewayPort"] = "40000",
            ["Orleans:ClusterId"] = "blue",
            ["Orleans:Membership:ProbeTimeout"] = "00:00:01",
            ["Orleans:Membership:NumMissedProbesLimit"] = "2",
        }).AddSingKingOrleans().Build();

        var endpoints = app.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
        var membership = app.Services.GetRequiredService<IOptions<ClusterMembershipOptions>>().Value;
        var cluster = app.Services.GetRequiredService<IOptions<ClusterOptions>>().Value;

        Assert.Equal((IPAddress.Loopback, 21111, 40000), (endpoints.AdvertisedIPAddress, endpoints.SiloPort, endpoints.GatewayPort));
        Assert.Equal((TimeSpan.FromSeconds(1), 2), (membership.ProbeTimeout, membership.NumMissedProbesLimit));
        Assert.Equal(("blue", "singking"), (cluster.ClusterId, cluster.ServiceId));
    }

    [Fact]
    public void Membership_timing_left_unset_stays_Orleans_own()
    {
        using var app = Builder(new()).AddSingKingOrleans().Build();

        var membership = app.Services.GetRequiredService<IOptions<ClusterMembershipOptions>>().Value;

        Assert.Equal((new ClusterMembershipOptions().ProbeTimeout, new ClusterMembershipOptions().NumMissedProbesLimit), (membership.ProbeTimeout, membership.NumMissedProbesLimit));
    }

    private static WebApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }
}
