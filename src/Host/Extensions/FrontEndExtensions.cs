using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace SingKing.Host.Extensions;

/// <summary>
/// Serves the built front end (Vite's output) as the web root, with <c>index.html</c> for every page route and
/// cache headers that let browsers keep hashed assets forever but always revalidate the page itself.
/// </summary>
public static class FrontEndExtensions
{
    /// <summary>Configuration key of the folder holding the built front end (absolute, or relative to the content root).</summary>
    public const string WebRootKey = "SingKing:WebRoot";

    private const string IndexFile = "index.html";

    /// <summary>Vite writes content-hashed file names under this folder, so their bytes never change.</summary>
    private const string HashedAssetsPrefix = "/assets/";

    private static readonly string[] NonPagePrefixes = ["/hubs", "/api"];

    /// <summary>
    /// Points the web root at the built front end: <see cref="WebRootKey"/> when set, otherwise the repository's
    /// <c>wwwroot/dist</c> two levels above the Host project, otherwise the app's own <c>wwwroot</c> (published layout).
    /// </summary>
    public static WebApplicationBuilder AddFrontEnd(this WebApplicationBuilder builder)
    {
        var environment = builder.Environment;
        var webRoot = ResolveWebRoot(environment.ContentRootPath, builder.Configuration[WebRootKey]);
        if (webRoot is not null)
        {
            environment.WebRootPath = webRoot;
            environment.WebRootFileProvider = new PhysicalFileProvider(webRoot);
        }

        return builder;
    }

    /// <summary>Serves static files from the web root and <c>index.html</c> for page routes (never for /hubs or /api).</summary>
    public static WebApplication MapFrontEnd(this WebApplication app)
    {
        var environment = app.Environment;
        if (!File.Exists(Path.Combine(environment.WebRootPath ?? string.Empty, IndexFile)))
        {
            app.Logger.LogWarning(
                "The front end is not built: no {IndexFile} under {WebRoot}. Build the Host without -p:SkipFrontEndBuild=true, run `npm ci && npm run build` in wwwroot/, or set {WebRootKey}.",
                IndexFile,
                environment.WebRootPath,
                WebRootKey);
        }

        var contentTypes = new FileExtensionContentTypeProvider();
        contentTypes.Mappings[".map"] = "application/json";
        contentTypes.Mappings[".webmanifest"] = "application/manifest+json";

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = environment.WebRootFileProvider,
            ContentTypeProvider = contentTypes,
            OnPrepareResponse = context => SetCacheHeaders(context.Context),
        });

        // Only extension-less paths are page routes: a missing /assets/x.js must be a 404, not the page.
        app.MapFallback("{*path:nonfile}", context => ServeIndexAsync(context, environment.WebRootFileProvider));
        return app;
    }

    private static string? ResolveWebRoot(string contentRoot, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(Path.Combine(contentRoot, configured));
        }

        string[] candidates =
        [
            // Run from source: the Host project is src/Host and Vite builds into the repository's wwwroot/dist.
            Path.Combine(contentRoot, "..", "..", "wwwroot", "dist"),
            // Published: the build copies dist into the app's own wwwroot.
            Path.Combine(contentRoot, "wwwroot"),
        ];
        return candidates
            .Select(Path.GetFullPath)
            .FirstOrDefault(candidate => File.Exists(Path.Combine(candidate, IndexFile)));
    }

    private static async Task ServeIndexAsync(HttpContext context, IFileProvider files)
    {
        var path = context.Request.Path;
        var isPageRequest = (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            && !NonPagePrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
        var index = files.GetFileInfo(IndexFile);
        if (!isPageRequest || !index.Exists)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        SetCacheHeaders(context, isIndex: true);
        context.Response.ContentLength = index.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await context.Response.SendFileAsync(index, context.RequestAborted);
    }

    private static void SetCacheHeaders(HttpContext context, bool isIndex = false)
    {
        var headers = context.Response.Headers;
        if (!isIndex && context.Request.Path.StartsWithSegments(HashedAssetsPrefix.TrimEnd('/'), StringComparison.Ordinal))
        {
            headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
        }
        else
        {
            // index.html names the current hashed assets, so a browser must check it on every visit; so must any unhashed file.
            headers[HeaderNames.CacheControl] = "no-cache";
        }
    }
}
