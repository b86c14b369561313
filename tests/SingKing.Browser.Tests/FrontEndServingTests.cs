using System.Net;
using System.Text.RegularExpressions;

namespace SingKing.Browser.Tests;

/// <summary>How the host serves the built front end: page routes, hashed assets, and what is not a page.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class FrontEndServingTests(SingKingServer server) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = server.BaseAddress };

    public void Dispose() => http.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/live")]
    [InlineData("/some/later/page")]
    public async Task Page_route_gets_index_html_revalidated_on_every_visit(string path)
    {
        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache, $"{path} should be sent with Cache-Control: no-cache.");
        Assert.Contains("<main id=\"page\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Hashed_asset_is_cached_as_immutable()
    {
        var index = await http.GetStringAsync("/");
        var script = ScriptSource().Match(index);
        Assert.True(script.Success, "index.html names no /assets/ script.");

        using var response = await http.GetAsync(script.Groups["src"].Value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/assets/no-such-file.js")]
    [InlineData("/no-such-file.png")]
    public async Task Missing_file_is_not_found_rather_than_the_page(string path)
    {
        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/hubs/no-such-hub")]
    [InlineData("/api/no-such-endpoint")]
    public async Task Hub_and_api_paths_never_get_the_page(string path)
    {
        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Configured_web_root_is_served_instead_of_the_repositorys_build()
    {
        var webRoot = Directory.CreateTempSubdirectory("singking-web-root-").FullName;
        await File.WriteAllTextAsync(Path.Combine(webRoot, "index.html"), "<!doctype html><title>published copy</title>");
        var published = new SingKingServer(new Dictionary<string, string> { ["SingKing:WebRoot"] = webRoot });
        try
        {
            await published.InitializeAsync();
            using var client = new HttpClient { BaseAddress = published.BaseAddress };

            var page = await client.GetStringAsync("/live");

            Assert.Contains("published copy", page);
        }
        finally
        {
            await published.DisposeAsync();
            Directory.Delete(webRoot, recursive: true);
        }
    }

    [GeneratedRegex("<script type=\"module\"[^>]*src=\"(?<src>/assets/[^\"]+\\.js)\"")]
    private static partial Regex ScriptSource();
}
