using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using SingKing.Grains.Reports;
using SingKing.Grains.Sessions;
using SingKing.Grains.Takes;

namespace SingKing.Host.Extensions;

/// <summary>Co-hosts the Orleans silo in the web host, with the services the session grains need.</summary>
public static class OrleansExtensions
{
    /// <summary>Configuration key of the Redis the cluster's membership and reminders live in, when clustering on Redis.</summary>
    public const string RedisKey = "Orleans:Redis";

    /// <summary>
    /// Adds the silo. Configuration: <c>Orleans:Clustering</c> (<c>Localhost</c>, the default, or <c>Redis</c>),
    /// <c>Orleans:SiloPort</c> (11111), <c>Orleans:GatewayPort</c> (30000), <c>Orleans:ClusterId</c> and
    /// <c>Orleans:ServiceId</c> (both <c>singking</c>), <c>Orleans:PrimarySiloPort</c> (Localhost only; unset: this silo
    /// is its own primary; set it to the first host's silo port to let more hosts on this machine join that host's
    /// cluster); <c>Orleans:Redis</c> (Redis only: a StackExchange.Redis connection string for the membership table and
    /// the reminders), <c>Orleans:AdvertisedAddress</c> (Redis only: the IP address or host name other hosts reach this
    /// silo at; default: this machine's first non-loopback IPv4 address), <c>Orleans:Membership:*</c> (any
    /// <see cref="ClusterMembershipOptions"/> property, such as <c>ProbeTimeout</c> or <c>NumMissedProbesLimit</c>, to
    /// declare a lost host dead sooner than Orleans' defaults); <c>SingKing:DataPath</c> (<c>data</c> under the content
    /// root) for the take files, shared by every host of a cluster. See docs/cluster.md.
    /// </summary>
    public static WebApplicationBuilder AddSingKingOrleans(this WebApplicationBuilder builder)
    {
        var orleans = builder.Configuration.GetSection("Orleans");
        var clustering = orleans["Clustering"] ?? "Localhost";
        var siloPort = orleans.GetValue("SiloPort", 11111);
        var gatewayPort = orleans.GetValue("GatewayPort", 30000);
        var clusterId = orleans["ClusterId"] ?? "singking";
        var serviceId = orleans["ServiceId"] ?? "singking";
        var primarySiloPort = orleans.GetValue<int?>("PrimarySiloPort");

        // Added to the services, not through UseOrleans: UseOrleans also reads the Orleans section itself, where
        // Orleans:Clustering is its own provider section, and would take our "Redis" or "Localhost" for a provider
        // name. Every setting is applied below, explicitly.
        builder.Services.AddOrleans(silo =>
        {
            // The seam for multi-host deployments: each clustering provider gets its own case.
            switch (clustering)
            {
                case "Localhost":
                    silo.UseLocalhostClustering(
                        siloPort,
                        gatewayPort,
                        primarySiloPort is { } primary ? new IPEndPoint(IPAddress.Loopback, primary) : null,
                        serviceId,
                        clusterId);
                    silo.UseInMemoryReminderService();
                    break;
                case "Redis":
                    var redis = builder.Configuration[RedisKey];
                    if (string.IsNullOrWhiteSpace(redis))
                    {
                        throw new InvalidOperationException(
                            "Orleans:Clustering is \"Redis\" but Orleans:Redis is not set. Set it (environment variable Orleans__Redis) to the Redis server's connection string, e.g. \"redis:6379\".");
                    }

                    silo.Configure<ClusterOptions>(cluster =>
                    {
                        cluster.ClusterId = clusterId;
                        cluster.ServiceId = serviceId;
                    });
                    var advertised = AdvertisedAddress(orleans["AdvertisedAddress"]);
                    // A loopback silo only talks to hosts on this machine, so it need not listen anywhere else.
                    silo.ConfigureEndpoints(advertised, siloPort, gatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(advertised));
                    silo.UseRedisClustering(redis);
                    silo.UseRedisReminderService(reminders => reminders.ConfigurationOptions = StackExchange.Redis.ConfigurationOptions.Parse(redis));
                    break;
                default:
                    throw new InvalidOperationException(
                        $"Orleans:Clustering is \"{clustering}\"; the supported values are \"Localhost\" and \"Redis\".");
            }

            // Unset keys keep Orleans' own defaults; tests and operators shorten them to notice a lost host sooner.
            silo.Services.Configure<ClusterMembershipOptions>(orleans.GetSection("Membership"));
        });

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TakeMetrics>();
        builder.Services.AddSingleton<TakeFileStore>();
        builder.Services.AddSingleton<TakeReporter>();
        builder.Services.AddOptions<Grains.Sessions.SessionOptions>().Bind(builder.Configuration.GetSection(Grains.Sessions.SessionOptions.Section));
        builder.Services.AddOptions<TakeFileStoreOptions>()
            .Configure<IHostEnvironment>((options, environment) =>
                options.DataPath = Path.GetFullPath(builder.Configuration["SingKing:DataPath"] ?? "data", environment.ContentRootPath));
        return builder;
    }

    // An operator's address wins; otherwise the first IPv4 address of an interface that is up, as other hosts on the
    // network see this one (a container's own address, say), or loopback on a machine with no network.
    private static IPAddress AdvertisedAddress(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (IPAddress.TryParse(configured, out var address))
                return address;
            return Dns.GetHostAddresses(configured).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
                ?? throw new InvalidOperationException(
                    $"Orleans:AdvertisedAddress \"{configured}\" has no IPv4 address. Give an IP address or a host name that resolves to one.");
        }

        return NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(u => u.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            ?? IPAddress.Loopback;
    }
}
