using SingKing.Host.Hubs;

namespace SingKing.Host.Extensions;

/// <summary>The bare-echo hub that <c>singking load --mode echo</c> measures the product against; off unless asked for.</summary>
public static class EchoHubExtensions
{
    /// <summary>Path of the echo hub.</summary>
    public const string HubPath = "/hubs/echo";

    /// <summary>The configuration key that maps the hub: <c>Load:EchoHub=true</c> (default false).</summary>
    public const string EnabledKey = "Load:EchoHub";

    /// <summary>
    /// Maps <see cref="EchoHub"/> at <see cref="HubPath"/> when <see cref="EnabledKey"/> is true. Off by default: it
    /// is a measuring instrument that lets any singer make grain calls, not a feature.
    /// </summary>
    public static WebApplication MapEchoHub(this WebApplication app)
    {
        if (app.Configuration.GetValue(EnabledKey, false))
            app.MapHub<EchoHub>(HubPath);
        return app;
    }
}
