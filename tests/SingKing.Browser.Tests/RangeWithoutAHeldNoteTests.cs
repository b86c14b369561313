using Microsoft.Playwright;
using SingKing.Dsp.Synthesis;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>A take in which the singer only slides and never holds a note: the page says so instead of guessing a range.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RangeWithoutAHeldNoteTests(SingKingServer server) : BrowserTest
{
    protected override string CreateMicrophoneWav()
    {
        // A2 and A4 for 0.3 s each, shorter than the half second a stable note needs, joined by a quick glide.
        return FakeMicrophoneWav.SingGliding(0.06, ("A2", 0.3), ("A4", 0.3), (SingingVoice.Rest, 2.0));
    }

    [Fact]
    public async Task Finishing_without_a_held_note_asks_the_singer_to_hold_each_note_longer()
    {
        var context = await Browser.NewContextAsync(new() { Locale = "en-US" });
        var page = new RangePageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);
        await page.Start.ClickAsync();
        var noteName = page.Page.GetByTestId("note-name");
        // A4 shows for only a few tenths of a second: checked on every animation frame, not on Playwright's slower retries.
        await page.WaitAsync(
            () => page.Page.WaitForFunctionAsync(
                "() => document.querySelector('[data-testid=\"note-name\"]')?.textContent === 'A4'",
                null,
                new() { Timeout = 10_000 }),
            "the sung note to reach A4 at the top of the slide");
        await page.WaitAsync(
            () => Expect(noteName).ToHaveTextAsync("—", new() { Timeout = 10_000 }),
            "silence after the slide");
        await page.Next.ClickAsync();
        await page.Next.ClickAsync();

        await page.Finish.ClickAsync();

        await page.WaitAsync(
            () => Expect(page.Page.GetByTestId("range-no-stable")).ToBeVisibleAsync(new() { Timeout = 10_000 }),
            "the message that no note was held");
        await Expect(page.Page.GetByTestId("range-no-stable")).ToContainTextAsync("Hold each note for a second");
        await Expect(page.Page.GetByTestId("range-result-body")).ToBeHiddenAsync();
        await Expect(page.SoFarLowest).ToBeHiddenAsync();
    }
}
