using SingKing.Grains.Timbre;

namespace SingKing.Host.Timbre;

/// <summary>Timbre diagnosis: the shared ONNX model and the <c>/api/timbre</c> endpoints.</summary>
public static class TimbreExtensions
{
    /// <summary>Configuration key of the model's contract JSON (default: <c>models/timbre/timbre.json</c> beside the host).</summary>
    public const string ModelKey = "SingKing:TimbreModel";

    /// <summary>
    /// Registers the process's one <see cref="TimbreModel"/> (an ONNX Runtime session, loaded on first use and
    /// shared by every request) and the <see cref="TimbreAnalyzer"/> the timbre grain uses.
    /// </summary>
    public static WebApplicationBuilder AddTimbre(this WebApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        var configured = builder.Configuration[ModelKey];
        builder.Services.AddSingleton(_ => TimbreModel.Load(configured is { Length: > 0 }
            ? Path.GetFullPath(configured, contentRoot)
            : Path.Combine(AppContext.BaseDirectory, "models", "timbre", "timbre.json")));
        builder.Services.AddSingleton<TimbreAnalyzer>();
        builder.Services.AddSingleton<ITimbreResultStore, DatabaseTimbreResultStore>();
        return builder;
    }

    /// <summary>Maps the <c>/api/timbre</c> endpoints.</summary>
    public static WebApplication MapTimbre(this WebApplication app)
    {
        // Loading the model now puts a missing or broken model in the start-up log, not a first request's.
        app.Services.GetRequiredService<TimbreModel>();
        app.MapTimbreEndpoints();
        return app;
    }
}
