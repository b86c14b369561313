using SingKing.Host.Hubs;
using SingKing.Host.Operations;
using SingKing.Host.Singers;

namespace SingKing.Host.Extensions;

/// <summary>SignalR with the MessagePack and JSON protocols, and the singing hub.</summary>
public static class SingingHubExtensions
{
    /// <summary>Path of the singing hub.</summary>
    public const string HubPath = "/hubs/singing";

    /// <summary>
    /// Largest message SignalR reads, in bytes (128 KB). Chunks of up to 64 KB of audio, more than the 32 KB a
    /// chunk may hold, still reach the hub under both protocols (JSON's base64 makes 64 KB into about 87 KB) and
    /// get the typed ChunkTooLarge error. A larger message never reaches the hub: SignalR closes that connection
    /// (the host and every other singer carry on, and the closed connection's open take ends as abandoned).
    /// </summary>
    public const long MaximumReceiveMessageBytes = 128 * 1024;

    /// <summary>Adds SignalR (JSON and MessagePack) and the live metrics.</summary>
    public static WebApplicationBuilder AddSingingHub(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LiveMetrics>();
        // The pitch tracker warms up in the background while the host starts, before singers arrive.
        builder.Services.AddSingleton<PitchWarmUp>();
        builder.Services.AddHostedService(services => services.GetRequiredService<PitchWarmUp>());
        builder.Services
            .AddSignalR(options => options.MaximumReceiveMessageSize = MaximumReceiveMessageBytes)
            .AddJsonProtocol()
            .AddMessagePackProtocol();
        return builder;
    }

    /// <summary>Issues the singer cookie on pages and hub requests. Call it before the front end is mapped.</summary>
    public static WebApplication UseSingerIdentity(this WebApplication app)
    {
        app.UseSingerCookie();
        return app;
    }

    /// <summary>Maps the singing hub at <see cref="HubPath"/>.</summary>
    public static WebApplication MapSingingHub(this WebApplication app)
    {
        app.MapHub<SingingHub>(HubPath);
        return app;
    }
}
