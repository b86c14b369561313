namespace SingKing.Host.Extensions;

/// <summary>SignalR with the MessagePack and JSON protocols, and the singing hub.</summary>
public static class SingingHubExtensions
{
    public static WebApplicationBuilder AddSingingHub(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapSingingHub(this WebApplication app) => app;
}
