using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>The page fits a phone and a desktop: no sideways scrolling, and Start in view without scrolling.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(SingKingServer server) : BrowserTest
{
    [Theory]
    [InlineData(360, 740, "en-US")]
    [InlineData(360, 740, "ko-KR")]
    [InlineData(1280, 800, "en-US")]
    [InlineData(1280, 800, "ko-KR")]
    public async Task Page_has_no_horizontal_scroll(int width, int height, string locale)
    {
        var page = await OpenAsync(width, height, locale);

        var overflow = await page.Page.EvaluateAsync<int>(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"At {width}×{height} ({locale}) the page is {overflow} px wider than the screen.");
    }

    [Theory]
    [InlineData(360, 740, "en-US")]
    [InlineData(360, 740, "ko-KR")]
    [InlineData(1280, 800, "en-US")]
    [InlineData(1280, 800, "ko-KR")]
    public async Task Start_button_is_in_view_without_scrolling(int width, int height, string locale)
    {
        var page = await OpenAsync(width, height, locale);
        // Kept for looking at the layout by eye; not compared with anything.
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, $"live-pitch-{width}x{height}-{locale}.png") });

        await Expect(page.StartStop).ToBeInViewportAsync(new() { Ratio = 1 });
        var box = await page.StartStop.BoundingBoxAsync();
        // A comfortable touch target is at least 44 CSS px tall.
        Assert.True(box is { Height: >= 44 }, $"The Start button is {box?.Height} px tall at {width}×{height}.");
    }

    private async Task<LivePitchPageModel> OpenAsync(int width, int height, string locale)
    {
        var context = await NewContextAsync(locale, width, height);
        var page = new LivePitchPageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);
        return page;
    }
}
