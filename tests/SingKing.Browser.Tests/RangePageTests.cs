using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>The Range page without singing: its keyboard, its languages, a kept result, and its fit on a phone and a desktop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RangePageTests(SingKingServer server) : BrowserTest
{
    /// <summary>A result as the page keeps it after a take (a baritone from A2 to F4), put in place before the page loads.</summary>
    private const string KeepABaritoneResult = """
        localStorage.setItem('singking.range.v1', JSON.stringify({
          savedAt: '2026-11-20T18:30:00.000Z',
          result: {
            lowest: 'A2', highest: 'F4', lowestHz: 110.1, highestHz: 349.0, semitones: 20, octaves: 1.67,
            voiceType: 'baritone', tessituraLow: 'C3', tessituraHigh: 'D4',
            stableNotes: [{ name: 'A2', hz: 110.1, startSeconds: 2.2, durationSeconds: 1.4 }]
          }
        }));
        """;

    [Fact]
    public async Task Tapping_a_key_plays_its_note_through_a_running_audio_output()
    {
        var page = await OpenAsync("en-US");

        await page.Key("C4").ClickAsync();

        await Expect(page.Piano).ToHaveAttributeAsync("data-notes-played", "1");
        await Expect(page.Piano).ToHaveAttributeAsync("data-output-state", "running");
    }

    [Fact]
    public async Task Keyboard_covers_C2_to_C6()
    {
        var page = await OpenAsync("en-US");

        await Expect(page.Piano.Locator("[data-note]")).ToHaveCountAsync(49);
        await Expect(page.Key("C2")).ToHaveCountAsync(1);
        await Expect(page.Key("C6")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Korean_browser_opens_the_range_page_in_Korean()
    {
        var page = await OpenAsync("ko-KR", KeepABaritoneResult);

        await Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("음역대 진단");
        await Expect(page.Start).ToHaveTextAsync("진단 시작");
        await Expect(page.Page.GetByRole(AriaRole.Link, new() { Name = "음역대" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.Page.GetByTestId("result-voice-type")).ToHaveTextAsync("바리톤");
        await Expect(page.Page).ToHaveTitleAsync("SingKing — 음역대 진단");
    }

    [Fact]
    public async Task Kept_result_shows_its_notes_voice_type_and_date()
    {
        var page = await OpenAsync("en-US", KeepABaritoneResult);

        await Expect(page.ResultLowest).ToHaveTextAsync("A2");
        await Expect(page.ResultLowestHz).ToHaveTextAsync("110.1 Hz");
        await Expect(page.ResultHighest).ToHaveTextAsync("F4");
        await Expect(page.Page.GetByTestId("result-voice-type")).ToHaveTextAsync("Baritone");
        await Expect(page.Page.GetByTestId("result-tessitura")).ToHaveTextAsync("C3 – D4");
        await Expect(page.Page.GetByTestId("range-saved-on")).ToContainTextAsync("2026");
    }

    [Fact]
    public async Task Kept_result_colours_its_keys_from_lowest_to_highest()
    {
        var page = await OpenAsync("en-US", KeepABaritoneResult);

        var inRange = new Regex(@"\bis-in-range\b");
        await Expect(page.Key("A2")).ToHaveClassAsync(inRange);
        await Expect(page.Key("F4")).ToHaveClassAsync(inRange);
        await Expect(page.Key("G♯2")).Not.ToHaveClassAsync(inRange);
        await Expect(page.Key("F♯4")).Not.ToHaveClassAsync(inRange);
        await Expect(page.Key("C3")).ToHaveClassAsync(new Regex(@"\bis-tessitura\b"));
    }

    [Theory]
    [InlineData(360, 740, "en-US")]
    [InlineData(360, 740, "ko-KR")]
    [InlineData(1280, 800, "en-US")]
    [InlineData(1280, 800, "ko-KR")]
    public async Task Page_has_no_horizontal_scroll_and_only_the_keyboard_scrolls(int width, int height, string locale)
    {
        var page = await OpenAsync(locale, KeepABaritoneResult, width, height);
        // Kept for looking at the layout by eye; not compared with anything.
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, $"range-{width}x{height}-{locale}.png"), FullPage = true });

        var pageOverflow = await page.Page.EvaluateAsync<int>(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var keyboardOverflow = await page.Piano.EvaluateAsync<int>("element => element.scrollWidth - element.clientWidth");

        Assert.True(pageOverflow <= 0, $"At {width}×{height} ({locale}) the page is {pageOverflow} px wider than the screen.");
        Assert.True(keyboardOverflow > 0, $"At {width}×{height} the keyboard shows all of C2–C6 at once instead of scrolling.");
    }

    [Theory]
    [InlineData(360, 740, "en-US")]
    [InlineData(360, 740, "ko-KR")]
    [InlineData(1280, 800, "en-US")]
    [InlineData(1280, 800, "ko-KR")]
    public async Task Keyboard_and_Start_button_are_in_view_without_scrolling(int width, int height, string locale)
    {
        var page = await OpenAsync(locale, KeepABaritoneResult, width, height);

        await Expect(page.Piano).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(page.Start).ToBeInViewportAsync(new() { Ratio = 1 });
    }

    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 800)]
    public async Task Keys_are_big_enough_to_touch(int width, int height)
    {
        var page = await OpenAsync("en-US", null, width, height);

        var white = await page.Key("C4").BoundingBoxAsync();
        var black = await page.Key("C♯4").BoundingBoxAsync();

        Assert.True(white is { Width: >= 36, Height: >= 100 }, $"A white key is {white?.Width}×{white?.Height} px at {width}×{height}.");
        Assert.True(black is { Width: >= 22 }, $"A black key is {black?.Width} px wide at {width}×{height}.");
    }

    [Fact]
    public async Task Three_octaves_fit_across_a_desktop_screen()
    {
        var page = await OpenAsync("en-US", null, 1280, 800);

        var keyboard = await page.Piano.BoundingBoxAsync();
        var white = await page.Key("C4").BoundingBoxAsync();

        var whiteKeysInView = keyboard!.Width / white!.Width;
        Assert.True(whiteKeysInView is >= 20.5f and < 22f, $"{whiteKeysInView:0.0} white keys fit across the keyboard, not 21.");
    }

    private async Task<RangePageModel> OpenAsync(string locale, string? initScript = null, int width = 1280, int height = 800)
    {
        var context = await NewContextAsync(locale, width, height);
        if (initScript is not null)
            await context.AddInitScriptAsync(initScript);
        var page = new RangePageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);
        return page;
    }
}
