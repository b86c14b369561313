using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace SingKing.Host.Tests.Support;

/// <summary>One host (web server and silo) shared by the functional tests; each test sings as its own singers.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    public SingKingHostFactory Factory { get; } = new();

    public IGrainFactory Grains => Factory.Services.GetRequiredService<IGrainFactory>();

    public Task InitializeAsync()
    {
        // Starts the host; the silo must listen where this factory said, or parallel hosts would clash.
        var endpoints = Factory.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
        if (endpoints.SiloPort != Factory.SiloPort || endpoints.GatewayPort != Factory.GatewayPort)
            throw new InvalidOperationException($"The silo ignored the configured ports ({endpoints.SiloPort}/{endpoints.GatewayPort}, expected {Factory.SiloPort}/{Factory.GatewayPort}).");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public static string NewSingerId() => "singer-" + Guid.NewGuid().ToString("N")[..12];
}
