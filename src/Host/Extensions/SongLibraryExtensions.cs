using Microsoft.Extensions.Options;
using SingKing.Grains.Songs;
using SingKing.Host.Songs;

namespace SingKing.Host.Extensions;

/// <summary>The song library: bundled songs, uploads, rendered backing tracks and the <c>/api/songs</c> endpoints.</summary>
public static class SongLibraryExtensions
{
    /// <summary>Configuration key of the bundled songs folder (absolute, or relative to the content root).</summary>
    public const string SongsPathKey = "SingKing:SongsPath";

    /// <summary>
    /// Adds the library. The songs folder is <see cref="SongsPathKey"/> when set, otherwise the repository's
    /// <c>songs/</c> two levels above the Host project (run from source), otherwise <c>songs</c> under the content
    /// root (published). Data goes under <c>SingKing:DataPath</c> (<c>data</c> under the content root).
    /// </summary>
    public static WebApplicationBuilder AddSongLibrary(this WebApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        var options = new SongLibraryOptions
        {
            SongsPath = ResolveSongsPath(contentRoot, builder.Configuration[SongsPathKey]),
            DataPath = Path.GetFullPath(builder.Configuration["SingKing:DataPath"] ?? "data", contentRoot),
        };
        builder.Services.AddOptions<SongLibraryOptions>().Configure(o =>
        {
            o.SongsPath = options.SongsPath;
            o.DataPath = options.DataPath;
        });
        builder.Services.AddSingleton<SongLibrary>();
        builder.Services.AddSingleton<ISongCharts>(services => services.GetRequiredService<SongLibrary>());
        builder.Services.AddSingleton<BackingTrackCache>();
        builder.Services.AddProblemDetails();
        return builder;
    }

    /// <summary>Maps the <c>/api/songs</c> endpoints and loads the catalogue, so a broken song is reported at start-up.</summary>
    public static WebApplication MapSongLibrary(this WebApplication app)
    {
        // Resolving the library reads every song folder now, so a broken one is in the start-up log, not a first request's.
        app.Services.GetRequiredService<SongLibrary>();
        app.MapSongEndpoints(app.Services.GetRequiredService<IOptions<SongLibraryOptions>>().Value);
        return app;
    }

    private static string ResolveSongsPath(string contentRoot, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured, contentRoot);
        var repository = Path.GetFullPath(Path.Combine(contentRoot, "..", "..", "songs"));
        return Directory.Exists(repository) ? repository : Path.GetFullPath(Path.Combine(contentRoot, "songs"));
    }
}
