using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>What the Timbre page shows when the browser refuses the microphone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TimbreWithoutMicrophoneTests(SingKingServer server) : BrowserTest
{
    protected override Task<IBrowser> LaunchAsync(IPlaywright playwright, string? microphoneWav) =>
        Chromium.LaunchWithoutMicrophonePermissionAsync(playwright);

    [Fact]
    public async Task Denied_microphone_shows_how_to_allow_it_and_nothing_is_recorded()
    {
        var context = await NewContextAsync("en-US");
        var page = new TimbrePageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);

        await page.Start.ClickAsync();

        await page.WaitAsync(
            () => Expect(page.Notice).ToContainTextAsync("The microphone is blocked", new() { Timeout = 10_000 }),
            "the microphone-blocked message");
        await Expect(page.Start).ToBeEnabledAsync();
        await Expect(page.Stop).ToBeHiddenAsync();
        await Expect(page.Result).ToBeHiddenAsync();
    }
}
