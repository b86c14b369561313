using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>What the singer sees in a browser that cannot run the capture worklet.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AudioWorkletSupportTests(SingKingServer server) : BrowserTest
{
    [Fact]
    public async Task Browser_without_AudioWorklet_is_told_to_use_a_current_browser()
    {
        var context = await Browser.NewContextAsync(new() { Locale = "en-US" });
        // An older browser: the page's scripts find no AudioWorkletNode, as in browsers from before 2018–2021.
        await context.AddInitScriptAsync("delete window.AudioWorkletNode;");
        var page = new LivePitchPageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);

        await page.StartStop.ClickAsync();

        await page.WaitAsync(
            () => Expect(page.Notice).ToContainTextAsync("no AudioWorklet", new() { Timeout = 10_000 }),
            "the missing-AudioWorklet message");
        await Expect(page.Notice).ToContainTextAsync("Use a current Chrome, Edge, Firefox or Safari");
    }
}
