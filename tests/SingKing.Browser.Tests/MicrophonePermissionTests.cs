using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>What the singer sees when the browser refuses the microphone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MicrophonePermissionTests(SingKingServer server) : BrowserTest
{
    protected override Task<IBrowser> LaunchAsync(IPlaywright playwright, string? microphoneWav) =>
        Chromium.LaunchWithoutMicrophonePermissionAsync(playwright);

    [Fact]
    public async Task Denied_microphone_shows_how_to_allow_it()
    {
        // No permission granted to the context and no fake prompt to accept it: getUserMedia is refused.
        var context = await Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = new LivePitchPageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);

        await page.StartStop.ClickAsync();

        await page.WaitAsync(
            () => Expect(page.Notice).ToContainTextAsync("The microphone is blocked", new() { Timeout = 10_000 }),
            "the microphone-blocked message");
        await Expect(page.Notice).ToContainTextAsync("Allow it for this site");
        await Expect(page.StartStop).ToHaveTextAsync("Start");
    }

    [Fact]
    public async Task Denied_microphone_on_the_Range_page_shows_how_to_allow_it_and_the_test_does_not_begin()
    {
        var context = await Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = new RangePageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);

        await page.Start.ClickAsync();

        await page.WaitAsync(
            () => Expect(page.Notice).ToContainTextAsync("The microphone is blocked", new() { Timeout = 10_000 }),
            "the microphone-blocked message");
        await Expect(page.Start).ToBeVisibleAsync();
        await Expect(page.Start).ToBeEnabledAsync();
        await Expect(page.Next).ToBeHiddenAsync();
        await Expect(page.Progress).ToBeHiddenAsync();
    }
}
