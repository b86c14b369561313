using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SingKing.Grains.Reports;
using SingKing.Grains.Sessions;
using SingKing.Grains.Takes;

namespace SingKing.Host.Extensions;

/// <summary>Co-hosts the Orleans silo in the web host, with the services the session grains need.</summary>
public static class OrleansExtensions
{
    /// <summary>
    /// Adds the silo. Configuration: <c>Orleans:Clustering</c> (only <c>Localhost</c> for now),
    /// <c>Orleans:SiloPort</c> (11111), <c>Orleans:GatewayPort</c> (30000), <c>Orleans:ClusterId</c> and
    /// <c>Orleans:ServiceId</c> (both <c>singking</c>), <c>Orleans:PrimarySiloPort</c> (unset: this silo is its own
    /// primary; set it to the first host's silo port to let more hosts on this machine join that host's cluster);
    /// <c>SingKing:DataPath</c> (<c>data</c> under the content
    /// root) for the take files.
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

        builder.UseOrleans(silo =>
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
                default:
                    throw new InvalidOperationException(
                        $"Orleans:Clustering is \"{clustering}\"; the supported value is \"Localhost\".");
            }
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
}
