namespace SingKing.Host.Extensions;

/// <summary>Serves the built front end (wwwroot/ at the repository root, built by Vite).</summary>
public static class FrontEndExtensions
{
    public static WebApplicationBuilder AddFrontEnd(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapFrontEnd(this WebApplication app) => app;
}
