using System.Text.Json;
using Microsoft.Playwright;
using SingKing.Dsp.Synthesis;
using SingKing.Host.Singers;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>
/// A connection that goes away mid-take, on the real Kestrel server: the page reconnects, resumes the same take,
/// sends again what the server had not acknowledged, and the take it saves is whole.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReconnectTests(SingKingServer server) : BrowserTest
{
    private const string Resumed = "Reconnected. Your take goes on where it was; nothing you sang was lost.";

    /// <summary>Keeps every WebSocket the page opens reachable from the test, so one can be closed from the page.</summary>
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
    public async Task A_network_cut_mid_take_resumes_the_take_and_the_saved_take_is_whole()
    {
        await using var network = new TcpRelay(server.BaseAddress);
        var context = await Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = new LivePitchPageModel(await context.NewPageAsync());
        await page.OpenAsync(network.Address);
        await page.StartStop.ClickAsync();
        await page.WaitForNoteAsync("A3", TimeSpan.FromSeconds(10));

        // Every socket between the page and the server is reset: no close handshake on either side.
        network.CutEverything();

        await SingOnAfterTheResumeAndStopAsync(page);

        Assert.True(network.CutConnections > 0, "The relay had no connection to cut, so nothing was dropped.");
        AssertOneWholeTake(await SingerIdAsync(context));
    }

    [Fact]
    public async Task A_socket_closed_under_the_page_mid_take_resumes_the_take_too()
    {
        var context = await Browser.NewContextAsync(new() { Locale = "en-US" });
        await context.AddInitScriptAsync(TrackWebSockets);
        var page = new LivePitchPageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);
        await page.StartStop.ClickAsync();
        await page.WaitForNoteAsync("A3", TimeSpan.FromSeconds(10));

        // A close with the handshake, which a real server cannot tell from a dropped network.
        await page.Page.EvaluateAsync("() => window.__singkingSockets.at(-1).close()");

        await SingOnAfterTheResumeAndStopAsync(page);

        AssertOneWholeTake(await SingerIdAsync(context));
    }

    // The page says it resumed, keeps following the voice (E4 comes after the cut) and ends the take on Stop.
    private static async Task SingOnAfterTheResumeAndStopAsync(LivePitchPageModel page)
    {
        await page.WaitAsync(
            () => Expect(page.Notice).ToHaveTextAsync(Resumed, new() { Timeout = 20_000 }),
            "the page to reconnect and resume its take");
        await page.WaitForNoteAsync("E4", TimeSpan.FromSeconds(15));
        await page.StartStop.ClickAsync();
        await page.WaitAsync(
            () => Expect(page.Summary).ToBeVisibleAsync(new() { Timeout = 15_000 }),
            "the take summary after Stop");
    }

    private static async Task<string> SingerIdAsync(IBrowserContext context) =>
        (await context.CookiesAsync()).SingleOrDefault(c => c.Name == SingerCookie.Name)?.Value
            ?? throw new InvalidOperationException($"The page set no {SingerCookie.Name} cookie, so its takes cannot be found.");

    // One take, not two: the one before the cut carried on. Complete, every chunk arrived, and it runs past the
    // moment the page was cut off (A3 lasts 4 s and E4 was heard after the resume).
    private void AssertOneWholeTake(string singerId)
    {
        var takes = Directory.GetDirectories(Path.Combine(server.DataPath, "takes", singerId));
        var take = Assert.Single(takes);
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(take, "take.json")));
        var root = record.RootElement;
        Assert.Equal("complete", root.GetProperty("status").GetString());
        Assert.Equal(0, root.GetProperty("gaps").GetArrayLength());
        Assert.True(root.GetProperty("durationSeconds").GetDouble() > 4.0, $"The take lasts {root.GetProperty("durationSeconds").GetDouble():0.0} s.");
    }
}
