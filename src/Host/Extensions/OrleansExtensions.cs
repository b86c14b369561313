namespace SingKing.Host.Extensions;

/// <summary>Co-hosts the Orleans silo in the web host.</summary>
public static class OrleansExtensions
{
    public static WebApplicationBuilder AddSingKingOrleans(this WebApplicationBuilder builder) => builder;
}
