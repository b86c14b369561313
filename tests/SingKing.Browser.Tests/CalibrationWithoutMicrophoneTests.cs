using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>The calibration page when the browser refuses the microphone: it says so, and the manual delay still works.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CalibrationWithoutMicrophoneTests(SingKingServer server) : BrowserTest
{
    protected override Task<IBrowser> LaunchAsync(IPlaywright playwright, string? microphoneWav) =>
        Chromium.LaunchWithoutMicrophonePermissionAsync(playwright);

    [Fact]
    public async Task A_blocked_microphone_is_explained_and_the_delay_can_still_be_saved_by_hand()
    {
        var context = await NewContextAsync("en-US");
        var page = new CalibrationPageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);

        await page.MeasureAsync();

        await Expect(page.Notice).ToContainTextAsync("The microphone is blocked");
        await Expect(page.Notice).ToContainTextAsync("You can still set the delay by hand below.");
        Assert.Empty(await page.StoredDelaysAsync());
        await page.Slider.FillAsync("120");
        await page.Save.ClickAsync();
        await Expect(page.StoredMs).ToHaveTextAsync("120 ms");
        await Expect(page.StoredHow).ToContainTextAsync("set by hand");
    }
}
