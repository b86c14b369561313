using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>
/// The calibration page against the real server, with a fake microphone that hears the click track after a lead of
/// silence: the page plays the clicks, records, posts the recording and stores the measured delay.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CalibrationTests(SingKingServer server) : BrowserTest
{
    /// <summary>How long after its audio graph is ready the page starts the clicks, in ms (click-recording.ts).</summary>
    private const double PageStartLeadMs = 200;

    protected override string CreateMicrophoneWav() => CalibrationMicrophone.Clicks();

    [Fact]
    public async Task Measuring_shows_the_delay_of_all_eight_clicks_stores_it_and_shows_it_after_a_reload()
    {
        var page = await OpenAsync("en-US");
        await Expect(page.StoredNone).ToBeVisibleAsync();

        await page.MeasureAsync();

        await Expect(page.Notice).ToBeHiddenAsync();
        await Expect(page.ResultClicks).ToHaveTextAsync("8 of 8");
        var delay = await CalibrationPageModel.MillisecondsOfAsync(page.ResultMs);
        // The clicks reach the page the lead of silence after the microphone opened, less the page's set-up time, of
        // which the 0.2 s between a ready audio graph and the first played frame is always part: a recording cut
        // anywhere but at that frame would show up to 0.2 s more. The fake device's own input buffering adds a little.
        Assert.InRange(delay, 1, CalibrationMicrophone.LeadSeconds * 1000 - PageStartLeadMs + 50);
        await Expect(page.Saved).ToContainTextAsync("Saved for this microphone");
        await Expect(page.Measure).ToHaveTextAsync("Measure again");
        var stored = Assert.Single(await page.StoredDelaysAsync());
        Assert.Equal(delay, stored.Value.GetProperty("latencyMs").GetDouble(), 1);
        Assert.Equal("measured", stored.Value.GetProperty("source").GetString());

        await page.Page.ReloadAsync();

        await page.WaitAsync(
            () => Expect(page.StoredHow).ToContainTextAsync("measured", new() { Timeout = 10_000 }),
            "the stored delay after a reload");
        Assert.Equal(delay, await CalibrationPageModel.MillisecondsOfAsync(page.StoredMs), 1);
    }

    [Fact]
    public async Task A_delay_set_with_the_slider_is_saved_as_manual_and_shown_after_a_reload()
    {
        var page = await OpenAsync("en-US");

        await page.Slider.FillAsync("235");
        await Expect(page.SliderValue).ToHaveTextAsync("235 ms");
        await page.Save.ClickAsync();

        await Expect(page.Page.GetByTestId("calibrate-manual-status")).ToHaveTextAsync("Saved.");
        var stored = Assert.Single(await page.StoredDelaysAsync());
        Assert.Equal(235, stored.Value.GetProperty("latencyMs").GetDouble());
        Assert.Equal("manual", stored.Value.GetProperty("source").GetString());
        await page.Page.ReloadAsync();
        await page.WaitAsync(
            () => Expect(page.StoredMs).ToHaveTextAsync("235 ms", new() { Timeout = 10_000 }),
            "the manual delay after a reload");
        await Expect(page.StoredHow).ToContainTextAsync("set by hand");
        await Expect(page.SliderValue).ToHaveTextAsync("235 ms");
    }

    [Fact]
    public async Task Tapping_along_to_the_beat_puts_a_suggested_delay_on_the_slider()
    {
        var page = await OpenAsync("en-US");
        var tapResult = page.Page.GetByTestId("calibrate-tap-result");

        await page.Page.GetByTestId("calibrate-tap-start").ClickAsync();
        // The first of the 8 beats sounds 0.6 s after the press, then one every 0.6 s (100 BPM); tap a little after each.
        await Task.Delay(700);
        for (var beat = 0; beat < 8; beat++)
        {
            await page.Page.Keyboard.PressAsync("Space");
            await Task.Delay(600);
        }

        await page.WaitAsync(
            () => Expect(tapResult).ToContainTextAsync("Your taps suggest", new() { Timeout = 10_000 }),
            "a suggested delay after tapping along");
        var suggested = System.Text.RegularExpressions.Regex.Match(await tapResult.TextContentAsync() ?? "", @"suggest (\d+) ms").Groups[1].Value;
        await Expect(page.SliderValue).ToHaveTextAsync($"{suggested} ms");
        Assert.InRange(int.Parse(suggested, System.Globalization.CultureInfo.InvariantCulture), 0, 1000);
    }

    [Theory]
    [InlineData(390, 844, "ko-KR")]
    [InlineData(1280, 800, "en-US")]
    public async Task Page_fits_the_screen_without_sideways_scrolling(int width, int height, string locale)
    {
        var context = await NewContextAsync(locale, width, height);
        var page = new CalibrationPageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, $"calibrate-{width}x{height}-{locale}.png"), FullPage = true });

        var overflow = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"At {width}×{height} ({locale}) the calibration page is {overflow} px wider than the screen.");
        await Expect(page.Measure).ToBeInViewportAsync();
    }

    private async Task<CalibrationPageModel> OpenAsync(string locale)
    {
        var context = await NewContextAsync(locale);
        var page = new CalibrationPageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);
        return page;
    }
}
