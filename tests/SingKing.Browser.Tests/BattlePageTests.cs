using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>
/// The battle page: an admin (named in the server's configuration) picks this week's three songs in the page's form;
/// a singer then sees them, each with its board and a "Sing this" link, under a running countdown; last week's closed
/// battle shows its winner. Desktop in English, phone in Korean. A take sung while the page is open appears on its
/// battle's board without a reload.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BattlePageTests(BattleServer battle) : BrowserTest, IClassFixture<BattleServer>
{
    private Uri Page => new(battle.Server.BaseAddress, "/battle");

    [Theory]
    [InlineData("en-US", 1280, 800, new[] { "twinkle-twinkle", "arirang", "ode-to-joy" }, "Saved", @"^\d+ d \d\d:\d\d:\d\d$")]
    [InlineData("ko-KR", 390, 844, new[] { "ode-to-joy", "twinkle-twinkle", "arirang" }, "저장했습니다", @"^\d+일 \d\d:\d\d:\d\d$")]
    public async Task An_admin_picks_three_songs_and_a_singer_sees_them_with_a_countdown_and_last_weeks_winner(
        string locale, int width, int height, string[] songIds, string saved, string countdown)
    {
        var admin = await NewContextAsync(locale, width, height);
        await admin.AddCookiesAsync(battle.AdminCookies.GetCookies(battle.Server.BaseAddress).Select(c => new Cookie { Name = c.Name, Value = c.Value, Url = battle.Server.BaseAddress.ToString() }));
        var adminPage = await admin.NewPageAsync();
        await adminPage.GotoAsync(Page.ToString());
        var form = adminPage.GetByTestId("battle-admin");
        await Expect(form).ToHaveAttributeAsync("data-ready", "true");
        for (var i = 0; i < songIds.Length; i++)
            await adminPage.GetByTestId($"battle-admin-song-{i + 1}").SelectOptionAsync(songIds[i]);
        await adminPage.GetByTestId("battle-admin-save").ClickAsync();
        await Expect(adminPage.GetByTestId("battle-admin-status")).ToContainTextAsync(saved);

        var singer = await NewContextAsync(locale, width, height);
        var page = await singer.NewPageAsync();
        await page.GotoAsync(Page.ToString());

        var songs = page.GetByTestId("battle-song");
        await Expect(songs).ToHaveCountAsync(3);
        for (var i = 0; i < songIds.Length; i++)
        {
            await Expect(songs.Nth(i)).ToHaveAttributeAsync("data-song-id", songIds[i]);
            await Expect(songs.Nth(i).GetByTestId("battle-sing")).ToHaveAttributeAsync("href", $"/karaoke?song={songIds[i]}");
        }

        await Expect(page.GetByTestId("battle-admin")).ToBeHiddenAsync();
        var time = page.GetByTestId("battle-countdown-time");
        await Expect(time).ToHaveTextAsync(new Regex(countdown));
        var shown = await time.TextContentAsync();
        await Expect(time).Not.ToHaveTextAsync(shown!, new() { Timeout = 5000 });
        await Expect(page.GetByTestId("battle-countdown-end")).Not.ToBeEmptyAsync();
        var last = page.GetByTestId("battle-last");
        await Expect(last).ToBeVisibleAsync();
        await Expect(last.GetByTestId("battle-result").Filter(new() { HasText = BattleServer.LastWeeksWinner })).ToContainTextAsync("9,321");
        await Expect(last.GetByTestId("battle-result")).ToHaveCountAsync(3);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The page scrolls sideways by {overflow} px at {width} px wide.");
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, $"battle-{width}x{height}-{locale}.png"), FullPage = true });
        await adminPage.ScreenshotAsync(new() { Path = Path.Combine(screenshots, $"battle-admin-{width}x{height}-{locale}.png"), FullPage = true });
    }

    [Fact]
    public async Task The_page_shows_another_singers_battle_take_without_a_reload()
    {
        using (var handler = new HttpClientHandler { CookieContainer = battle.AdminCookies })
        using (var http = new HttpClient(handler) { BaseAddress = battle.Server.BaseAddress })
        {
            var token = (await http.GetFromJsonAsync<JsonElement>("/api/account/antiforgery")).GetProperty("token").GetString()!;
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/battles/{DateTime.UtcNow.AddHours(9):yyyy-MM-dd}")
            {
                Content = JsonContent.Create(new { songIds = new[] { "arirang", "twinkle-twinkle", "ode-to-joy" } }),
            };
            request.Headers.Add("X-CSRF-TOKEN", token);
            using var chosen = await http.SendAsync(request);
            Assert.True(chosen.IsSuccessStatusCode, await chosen.Content.ReadAsStringAsync());
        }

        var context = await NewContextAsync("en-US", 1280, 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Page.ToString());
        await Expect(page.Locator(".battle-page")).ToHaveAttributeAsync("data-watching", "3");
        var name = "Battler " + Guid.NewGuid().ToString("N")[..6];

        await SignedInSingers.SingTwinkleAsync(battle.Server.BaseAddress, await SignedInSingers.SignUpAsync(battle.Server.BaseAddress, name));

        var twinkle = page.Locator("[data-testid=battle-song][data-song-id=twinkle-twinkle]");
        await Expect(twinkle.GetByTestId("battle-row").Filter(new() { HasText = name })).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }
}
