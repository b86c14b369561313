using SingKing.Host.Takes;

namespace SingKing.Host.Extensions;

/// <summary>A singer's finished takes: the <c>/api/takes</c> endpoints (report and replay).</summary>
public static class TakeExtensions
{
    /// <summary>Maps the <c>/api/takes</c> endpoints.</summary>
    public static WebApplication MapTakes(this WebApplication app)
    {
        app.MapTakeEndpoints();
        return app;
    }
}
