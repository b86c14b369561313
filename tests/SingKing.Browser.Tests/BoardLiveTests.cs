using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using SingKing.Host.Hubs;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>The ranking page shows a take another signed-in singer finishes while it is open, without a reload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BoardLiveTests(SingKingServer server) : BrowserTest
{
    [Theory]
    [InlineData("en-US", 1280, 800)]
    [InlineData("ko-KR", 390, 844)]
    public async Task The_ranking_page_shows_another_singers_new_take_without_a_reload(string locale, int width, int height)
    {
        var context = await NewContextAsync(locale, width, height);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/boards").ToString());
        var section = page.Locator(".board-page");
        await Expect(section).ToHaveAttributeAsync("data-watching", new System.Text.RegularExpressions.Regex("^board:global:week:"));
        var name = "Singer " + Guid.NewGuid().ToString("N")[..6];

        var cookies = await SignUpAsync(name);
        await SingTwinkleAsync(cookies);

        var row = page.GetByTestId("board-row").Filter(new() { HasText = name });
        await Expect(row).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, $"boards-{width}x{height}-{locale}.png"), FullPage = true });
    }

    [Fact]
    public async Task A_signed_in_singer_finds_their_own_row_highlighted()
    {
        var name = "Me " + Guid.NewGuid().ToString("N")[..6];
        var jar = new CookieContainer();
        await SignUpAsync(name, jar);
        await SingTwinkleAsync(jar.GetCookieHeader(server.BaseAddress));
        var context = await NewContextAsync("en-US", 390, 844);
        await context.AddCookiesAsync(jar.GetCookies(server.BaseAddress).Select(c => new Microsoft.Playwright.Cookie { Name = c.Name, Value = c.Value, Url = server.BaseAddress.ToString() }));
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(server.BaseAddress, "/boards").ToString());

        var mine = page.Locator(".board-row--me");
        await Expect(mine).ToHaveCountAsync(1);
        await Expect(mine).ToContainTextAsync(name);
    }

    /// <summary>Signs a new singer up as another browser would; returns the cookies that browser then sends.</summary>
    private async Task<string> SignUpAsync(string displayName, CookieContainer? cookies = null)
    {
        var userName = "b" + Guid.NewGuid().ToString("N")[..10];
        var jar = cookies ?? new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = jar };
        using var http = new HttpClient(handler) { BaseAddress = server.BaseAddress };
        var token = (await http.GetFromJsonAsync<JsonElement>("/api/account/antiforgery")).GetProperty("token").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/signup")
        {
            Content = JsonContent.Create(new { userName, email = userName + "@example.com", displayName, password = "correct horse", preferredLanguage = "en" }),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);
        using var response = await http.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return jar.GetCookieHeader(server.BaseAddress);
    }

    private async Task SingTwinkleAsync(string cookies)
    {
        var samples = await ReportTakes.RenderAsync(server.BaseAddress, _ => 0);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "hubs/singing"), options => options.Headers["Cookie"] = cookies)
            .AddMessagePackProtocol()
            .Build();
        await connection.StartAsync();
        await ReportTakes.StartAsync(connection);
        await ReportTakes.StreamAsync(connection, samples);
        var summary = await connection.InvokeAsync<SessionSummary>("endSession");
        Assert.True(summary.Save?.Saved == true, $"the take {summary.TakeId} was not saved: {summary.Save?.Error}");
    }
}
