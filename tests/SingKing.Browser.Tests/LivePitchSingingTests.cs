using Microsoft.Playwright;
using SingKing.Dsp.Synthesis;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>The whole live path in a browser: fake microphone → AudioWorklet → hub → grain → tracker → page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LivePitchSingingTests(SingKingServer server) : BrowserTest
{
    /// <summary>
    /// Makes Chromium refuse, as Firefox does, to connect a microphone to an AudioContext whose rate differs from the
    /// audio device's, so the page must run at the device's rate and resample to 16 kHz itself.
    /// </summary>
    private const string RefuseMicrophoneAtAnotherRate = """
        const deviceRate = (() => { const probe = new AudioContext(); const rate = probe.sampleRate; probe.close(); return rate; })();
        const connect = AudioContext.prototype.createMediaStreamSource;
        AudioContext.prototype.createMediaStreamSource = function (stream) {
          if (this.sampleRate !== deviceRate) {
            window.__singkingRefusedConnections = (window.__singkingRefusedConnections ?? 0) + 1;
            throw new DOMException('Connecting AudioNodes from AudioContexts with different sample-rate is currently not supported.', 'NotSupportedError');
          }
          return connect.call(this, stream);
        };
        """;

    protected override string CreateMicrophoneWav()
    {
        // A3 (220 Hz) then E4 (329.63 Hz), two seconds each, then silence: the fake device repeats its last buffer
        // once the file ends, and that must not be a note.
        return FakeMicrophoneWav.Sing(("A3", 2.0), ("E4", 2.0), (SingingVoice.Rest, 1.5));
    }

    [Fact]
    public async Task Page_shows_A3_then_E4_while_the_microphone_sings_them()
    {
        var page = new LivePitchPageModel(await Browser.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);

        await page.StartStop.ClickAsync();

        await page.WaitForNoteAsync("A3", TimeSpan.FromSeconds(10));
        await page.WaitForNoteAsync("E4", TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Page_shows_A3_then_E4_when_the_browser_cannot_resample_the_microphone_itself()
    {
        var context = await Browser.NewContextAsync();
        await context.AddInitScriptAsync(RefuseMicrophoneAtAnotherRate);
        var page = new LivePitchPageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);

        await page.StartStop.ClickAsync();

        await page.WaitForNoteAsync("A3", TimeSpan.FromSeconds(10));
        await page.WaitForNoteAsync("E4", TimeSpan.FromSeconds(10));
        // The page really did meet the refusal (the device does not run at 16 kHz) and resampled itself.
        Assert.True(await page.Page.EvaluateAsync<int>("() => window.__singkingRefusedConnections ?? 0") > 0);
    }

    [Fact]
    public async Task Stopping_after_singing_shows_the_takes_duration_and_voiced_share()
    {
        var page = new LivePitchPageModel(await Browser.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);
        await page.StartStop.ClickAsync();
        await page.WaitForNoteAsync("E4", TimeSpan.FromSeconds(15));

        await page.StartStop.ClickAsync();

        await page.WaitAsync(
            () => Expect(page.Summary).ToBeVisibleAsync(new() { Timeout = 10_000 }),
            "the take summary after Stop");
        await Expect(page.Page.GetByTestId("summary-duration")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+\.\d s$"));
        // A3 was held for two seconds and E4 had begun, so most of the take is voiced.
        await Expect(page.Page.GetByTestId("summary-voiced")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^([5-9]\d|100)% of the take$"));
    }

    [Fact]
    public async Task Second_tab_of_the_same_singer_shows_the_hubs_refusal_without_its_code()
    {
        // Two tabs of one browser profile share the singer cookie, so the hub refuses the second take.
        var context = await Browser.NewContextAsync(new() { Locale = "en-US" });
        var first = new LivePitchPageModel(await context.NewPageAsync());
        await first.OpenAsync(server.BaseAddress);
        await first.StartStop.ClickAsync();
        await first.WaitForNoteAsync("A3", TimeSpan.FromSeconds(10));
        var second = new LivePitchPageModel(await context.NewPageAsync());
        await second.OpenAsync(server.BaseAddress);

        await second.StartStop.ClickAsync();

        await second.WaitAsync(
            () => Expect(second.Notice).ToContainTextAsync("The server refused: ", new() { Timeout = 10_000 }),
            "the hub's refusal of a second take");
        await Expect(second.Notice).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^The server refused: [^\[\s]"));
        await Expect(second.Notice).Not.ToContainTextAsync("SessionAlreadyActive");
    }
}
