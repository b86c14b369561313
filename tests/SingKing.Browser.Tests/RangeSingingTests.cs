using Microsoft.Playwright;
using SingKing.Dsp.Synthesis;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>
/// The range diagnosis in a browser: a fake microphone sings a comfortable A3, glides down to A2 and holds it, glides up
/// to F4 and holds it; the page steps through the guided test on the hub's own range so far.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RangeSingingTests(SingKingServer server) : BrowserTest
{
    /// <summary>Seconds per semitone of the glides: quick enough that no note of a glide is held.</summary>
    private const double GlideSecondsPerSemitone = 0.06;

    protected override string CreateMicrophoneWav()
    {
        return FakeMicrophoneWav.SingGliding(
            GlideSecondsPerSemitone,
            ("A3", 1.5),
            ("A2", 1.5),
            ("F4", 1.5),
            (SingingVoice.Rest, 2.0));
    }

    [Fact]
    public async Task Guided_test_finds_a_range_from_A2_to_F4()
    {
        var page = await OpenAsync();

        await page.SingTheGuidedTestAsync();

        await Expect(page.ResultLowest).ToHaveTextAsync("A2");
        await Expect(page.ResultHighest).ToHaveTextAsync("F4");
        AssertWithinCents(110.0, await RangePageModel.HzOfAsync(page.ResultLowestHz), "lowest");
        AssertWithinCents(349.23, await RangePageModel.HzOfAsync(page.ResultHighestHz), "highest");
    }

    [Fact]
    public async Task Guided_test_moves_through_three_steps_on_a_phone()
    {
        var page = await OpenAsync(new() { Width = 360, Height = 740 });
        await page.Start.ClickAsync();
        await Expect(page.Progress).ToHaveTextAsync("Step 1 of 3", new() { Timeout = 10_000 });
        await page.WaitForNoteAsync(page.SoFarLowest, "A3", "the lowest stable note so far", TimeSpan.FromSeconds(15));

        await page.Next.ClickAsync();
        await Expect(page.Progress).ToHaveTextAsync("Step 2 of 3");
        await page.Next.ClickAsync();

        await Expect(page.Progress).ToHaveTextAsync("Step 3 of 3");
        await Expect(page.Next).ToBeHiddenAsync();
        await Expect(page.Finish).ToBeVisibleAsync();
        // Kept for looking at the layout mid-test by eye; not compared with anything.
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "range-step-3-360x740-en-US.png"), FullPage = true });
    }

    [Fact]
    public async Task Restart_begins_a_new_take_at_step_one()
    {
        var page = await OpenAsync();
        await page.Start.ClickAsync();
        await page.WaitForNoteAsync(page.SoFarLowest, "A3", "the lowest stable note so far", TimeSpan.FromSeconds(15));
        await page.Next.ClickAsync();

        await page.Page.GetByTestId("range-restart").ClickAsync();

        await Expect(page.Progress).ToHaveTextAsync("Step 1 of 3", new() { Timeout = 10_000 });
        // The new take starts with nothing held, and keeps listening: the rest of the microphone's glide reaches A2.
        await Expect(page.SoFarLowest).ToHaveTextAsync("—", new() { Timeout = 5_000 });
        await page.WaitForNoteAsync(page.SoFarLowest, "A2", "the lowest stable note of the new take", TimeSpan.FromSeconds(15));
        await Expect(page.Notice).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Keyboard_lights_the_key_of_the_note_being_sung()
    {
        var page = await OpenAsync();

        await page.Start.ClickAsync();

        await page.WaitAsync(
            () => Expect(page.Key("A3")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-sung\b"), new() { Timeout = 10_000 }),
            "the A3 key to light while A3 is sung");
        await page.WaitAsync(
            () => Expect(page.Key("A2")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-sung\b"), new() { Timeout = 10_000 }),
            "the A2 key to light while A2 is sung");
        await Expect(page.Key("A2")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Result_is_shown_again_after_a_reload()
    {
        var page = await OpenAsync();
        await page.SingTheGuidedTestAsync();

        await page.Page.ReloadAsync();

        await page.WaitAsync(
            () => Expect(page.Result).ToBeVisibleAsync(new() { Timeout = 10_000 }),
            "the kept result card after a reload");
        await Expect(page.ResultLowest).ToHaveTextAsync("A2");
        await Expect(page.ResultHighest).ToHaveTextAsync("F4");
        await Expect(page.Page.GetByTestId("range-saved-on")).ToContainTextAsync("Measured ");
    }

    private async Task<RangePageModel> OpenAsync(ViewportSize? phone = null)
    {
        var context = await Browser.NewContextAsync(phone is null
            ? new() { Locale = "en-US" }
            : new() { Locale = "en-US", ViewportSize = phone, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2 });
        var page = new RangePageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);
        return page;
    }

    private static void AssertWithinCents(double expectedHz, double actualHz, string which)
    {
        var cents = 1200 * Math.Log2(actualHz / expectedHz);
        Assert.True(Math.Abs(cents) <= 15, $"The {which} note reads {actualHz} Hz, {cents:0} cents from {expectedHz} Hz.");
    }
}
