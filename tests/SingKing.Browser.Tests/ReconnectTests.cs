using Microsoft.Playwright;
using SingKing.Dsp.Synthesis;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>A connection that drops mid-take: the page reconnects, starts a new take and says so.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReconnectTests(SingKingServer server) : BrowserTest
{
    /// <summary>Keeps every WebSocket the page opens reachable from the test, so one can be cut like a dropped network.</summary>
    private const string TrackWebSockets = """
        window.__singkingSockets = [];
        const NativeWebSocket = window.WebSocket;
        window.WebSocket = class extends NativeWebSocket {
          constructor(...args) { super(...args); window.__singkingSockets.push(this); }
        };
        """;

    protected override string CreateMicrophoneWav()
    {
        return FakeMicrophoneWav.Sing(("A3", 4.0), ("E4", 6.0), (SingingVoice.Rest, 1.5));
    }

    [Fact]
    public async Task Dropped_connection_reconnects_and_the_page_keeps_following_the_voice_in_a_new_take()
    {
        var context = await Browser.NewContextAsync(new() { Locale = "en-US" });
        await context.AddInitScriptAsync(TrackWebSockets);
        var page = new LivePitchPageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);
        await page.StartStop.ClickAsync();
        await page.WaitForNoteAsync("A3", TimeSpan.FromSeconds(10));

        await page.Page.EvaluateAsync("() => window.__singkingSockets.at(-1).close()");

        await page.WaitAsync(
            () => Expect(page.Notice).ToHaveTextAsync("Reconnected. A new take has started.", new() { Timeout = 15_000 }),
            "the page to reconnect and say a new take has started");
        await page.WaitForNoteAsync("E4", TimeSpan.FromSeconds(10));
    }
}
