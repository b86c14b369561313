using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using SingKing.Host.Hubs;

namespace SingKing.Browser.Tests;

/// <summary>Another singer's browser, outside the page under test: signs up and sings Twinkle through the hub.</summary>
internal static class SignedInSingers
{
    /// <summary>Signs a new singer up; returns the cookies that browser then sends.</summary>
    public static async Task<string> SignUpAsync(Uri server, string displayName, CookieContainer? cookies = null)
    {
        var userName = "b" + Guid.NewGuid().ToString("N")[..10];
        var jar = cookies ?? new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = jar };
        using var http = new HttpClient(handler) { BaseAddress = server };
        var token = (await http.GetFromJsonAsync<JsonElement>("/api/account/antiforgery")).GetProperty("token").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/signup")
        {
            Content = JsonContent.Create(new { userName, email = userName + "@example.com", displayName, password = "correct horse", preferredLanguage = "en" }),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);
        using var response = await http.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return jar.GetCookieHeader(server);
    }

    /// <summary>Sings Twinkle through, in tune, as the singer whose <paramref name="cookies"/> are given; the take is saved.</summary>
    public static async Task SingTwinkleAsync(Uri server, string cookies)
    {
        var samples = await ReportTakes.RenderAsync(server, _ => 0);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server, "hubs/singing"), options => options.Headers["Cookie"] = cookies)
            .AddMessagePackProtocol()
            .Build();
        await connection.StartAsync();
        await ReportTakes.StartAsync(connection);
        await ReportTakes.StreamAsync(connection, samples);
        var summary = await connection.InvokeAsync<SessionSummary>("endSession");
        Assert.True(summary.Save?.Saved == true, $"the take {summary.TakeId} was not saved: {summary.Save?.Error}");
    }
}
