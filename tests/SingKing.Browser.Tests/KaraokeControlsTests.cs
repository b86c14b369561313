using SingKing.Dsp.Synthesis;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>Pause, resume and restart during a karaoke take, with a fake microphone holding one note.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KaraokeControlsTests(SingKingServer server) : BrowserTest
{
    protected override string CreateMicrophoneWav() => FakeMicrophoneWav.Sing(("C4", 12.0), (SingingVoice.Rest, 2.0));

    [Fact]
    public async Task Pause_holds_the_take_and_restart_begins_a_new_one_with_a_countdown()
    {
        var context = await NewContextAsync("en-US");
        var page = new KaraokePageModel(await context.NewPageAsync());
        await page.OpenSongAsync(server.BaseAddress, KaraokeTakeWav.SongId);
        await page.Start.ClickAsync();
        await page.WaitAsync(
            () => Expect(page.Stage).ToHaveAttributeAsync("data-state", "singing", new() { Timeout = 15_000 }),
            "the take to start");
        await page.WaitAsync(
            () => Expect(page.Note(0)).Not.ToHaveAttributeAsync("data-hit", "pending", new() { Timeout = 15_000 }),
            "the first note to be judged");

        await page.Pause.ClickAsync();
        await Expect(page.Stage).ToHaveAttributeAsync("data-state", "paused");
        await Expect(page.Pause).ToHaveTextAsync("Resume");
        await Expect(page.Status).ToHaveTextAsync("Paused.");
        await page.Pause.ClickAsync();
        await Expect(page.Stage).ToHaveAttributeAsync("data-state", "singing");

        await page.Page.GetByTestId("karaoke-restart").ClickAsync();

        await page.WaitAsync(
            () => Expect(page.Page.GetByTestId("karaoke-countdown")).ToBeVisibleAsync(new() { Timeout = 15_000 }),
            "the new take's countdown");
        await Expect(page.Note(0)).ToHaveAttributeAsync("data-hit", "pending");
        await Expect(page.Page.GetByTestId("karaoke-score")).ToHaveTextAsync("0");
        await Expect(page.Summary).ToBeHiddenAsync();
        await page.Stop.ClickAsync();
        await page.WaitAsync(() => Expect(page.Summary).ToBeVisibleAsync(new() { Timeout = 15_000 }), "the restarted take's summary");
    }
}
