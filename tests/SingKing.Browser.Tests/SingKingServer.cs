using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace SingKing.Browser.Tests;

/// <summary>
/// The whole SingKing host (web, hub and co-hosted Orleans silo) on a real Kestrel port, because the browser must
/// fetch the AudioWorklet module and open a WebSocket; with its own data folder and Orleans ports.
/// </summary>
public sealed class SingKingServer : IAsyncLifetime
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "singking-browser-tests", Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string> settings;
    private WebApplicationFactory<Program>? factory;

    /// <summary>A host with the default configuration (the fixture the browser tests share).</summary>
    public SingKingServer()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>A host with extra configuration <paramref name="settings"/> (key → value).</summary>
    internal SingKingServer(IReadOnlyDictionary<string, string> settings)
    {
        this.settings = settings;
    }

    /// <summary>The address the browser opens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where the host writes take files for this fixture.</summary>
    public string DataPath => dataPath;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(dataPath);
        var siloPort = FreeTcpPort();
        var gatewayPort = FreeTcpPort();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("SingKing:DataPath", dataPath);
            host.UseSetting("Orleans:SiloPort", siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            host.UseSetting("Orleans:GatewayPort", gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
        // Loopback on a port the system picks, so fixtures and other hosts on this machine never collide.
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();

        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("The host started without a Kestrel address to open in the browser.");
        // Kestrel reports the wildcard it bound; the browser needs a host name, and loopback is a secure context for getUserMedia.
        var uri = new UriBuilder(address) { Host = "127.0.0.1" }.Uri;
        BaseAddress = uri;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(dataPath, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was written.
        }
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
