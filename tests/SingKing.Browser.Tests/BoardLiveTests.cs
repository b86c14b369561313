using System.Net;
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

    private Task<string> SignUpAsync(string displayName, CookieContainer? cookies = null) => SignedInSingers.SignUpAsync(server.BaseAddress, displayName, cookies);

    private Task SingTwinkleAsync(string cookies) => SignedInSingers.SingTwinkleAsync(server.BaseAddress, cookies);
}
