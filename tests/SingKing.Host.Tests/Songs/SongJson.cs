using System.Net.Http.Json;
using System.Text.Json;
using SingKing.Host.Songs;

namespace SingKing.Host.Tests.Songs;

/// <summary>Reads the song API's JSON the way the front end does (camelCase).</summary>
internal static class SongJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<List<SongSummary>> CatalogueAsync(HttpClient client, string query = "")
    {
        var songs = await client.GetFromJsonAsync<List<SongSummary>>("/api/songs" + query, Options);
        return songs ?? throw new InvalidOperationException("GET /api/songs returned null.");
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Options);
    }
}
