using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>The page speaks Korean and English, following the browser and the visible switch.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(SingKingServer server) : BrowserTest
{
    [Fact]
    public async Task Korean_browser_opens_the_page_in_Korean()
    {
        var page = await OpenAsync("ko-KR");

        await Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await Expect(page.StartStop).ToHaveTextAsync("시작");
        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("실시간 음정");
    }

    [Fact]
    public async Task English_browser_opens_the_page_in_English()
    {
        var page = await OpenAsync("en-US");

        await Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.StartStop).ToHaveTextAsync("Start");
        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Live pitch");
    }

    [Fact]
    public async Task Switching_to_Korean_changes_the_visible_strings_and_html_lang()
    {
        var page = await OpenAsync("en-US");

        await page.KoreanSwitch.ClickAsync();

        await Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await Expect(page.StartStop).ToHaveTextAsync("시작");
        await Expect(page.Status).ToHaveTextAsync("준비되었습니다.");
        await Expect(page.Page.GetByRole(AriaRole.Link, new() { Name = "실시간 음정" })).ToBeVisibleAsync();
        await Expect(page.Page).ToHaveTitleAsync("SingKing — 실시간 음정");
    }

    [Fact]
    public async Task Switching_to_English_changes_the_visible_strings_and_html_lang()
    {
        var page = await OpenAsync("ko-KR");

        await page.EnglishSwitch.ClickAsync();

        await Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.StartStop).ToHaveTextAsync("Start");
        await Expect(page.Status).ToHaveTextAsync("Ready.");
    }

    [Fact]
    public async Task Chosen_language_is_remembered_after_a_reload()
    {
        var page = await OpenAsync("en-US");
        await page.KoreanSwitch.ClickAsync();

        await page.Page.ReloadAsync();

        await Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await Expect(page.StartStop).ToHaveTextAsync("시작");
    }

    private async Task<LivePitchPageModel> OpenAsync(string locale)
    {
        var context = await Browser.NewContextAsync(new() { Locale = locale });
        var page = new LivePitchPageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);
        return page;
    }
}
