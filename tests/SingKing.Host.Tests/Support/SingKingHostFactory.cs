using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SingKing.Host.Tests.Support;

/// <summary>The host with its own silo ports and a temporary data folder, so several hosts can run side by side.</summary>
public sealed class SingKingHostFactory : WebApplicationFactory<Program>
{
    private readonly string _clusterId;
    private readonly int? _primarySiloPort;

    /// <summary>A host that forms its own cluster.</summary>
    public SingKingHostFactory()
        : this(Path.Combine(Path.GetTempPath(), "singking-tests-" + Guid.NewGuid().ToString("N")), "tests-" + Guid.NewGuid().ToString("N"), null)
    {
    }

    /// <summary>A host in cluster <paramref name="clusterId"/>, joining the silo at <paramref name="primarySiloPort"/> if given.</summary>
    public SingKingHostFactory(string dataPath, string clusterId, int? primarySiloPort)
    {
        DataPath = dataPath;
        _clusterId = clusterId;
        _primarySiloPort = primarySiloPort;
        SiloPort = FreeTcpPort();
        GatewayPort = FreeTcpPort();
    }

    public string DataPath { get; }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public LogCapture Logs { get; } = new();

    /// <summary>Leave the data folder behind on dispose, for a host that takes over the same folder.</summary>
    public bool KeepsData { get; init; }

    /// <summary>Extra settings on top of the ports, the cluster and the data folder.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public string TakeFolder(string singerId, string takeId) => Path.Combine(DataPath, "takes", singerId, takeId);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Orleans:SiloPort", SiloPort.ToString());
        builder.UseSetting("Orleans:GatewayPort", GatewayPort.ToString());
        builder.UseSetting("Orleans:ClusterId", _clusterId);
        if (_primarySiloPort is { } primary)
            builder.UseSetting("Orleans:PrimarySiloPort", primary.ToString());
        builder.UseSetting("SingKing:DataPath", DataPath);
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!KeepsData && Directory.Exists(DataPath))
            Directory.Delete(DataPath, recursive: true);
    }

    /// <summary>
    /// Serves on a real Kestrel socket on loopback (a port the system picks) instead of the in-process test server, and
    /// starts the host; returns the address to connect to. Call before anything else starts the host.
    /// </summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The host started on Kestrel but reports no address to connect to.");
        return new Uri(address);
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
