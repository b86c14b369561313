using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>
/// From a karaoke take to its report in a browser: the fake microphone sings the first two lines of "Twinkle, Twinkle"
/// in tune after the page's count-in, the singer stops, and the summary's link opens the take's report, where the
/// lines left unsung are the ones to practise.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportFromKaraokeTests(SingKingServer server) : BrowserTest
{
    /// <summary>Notes 0–13 are the first two lines.</summary>
    private const int LastNoteOfLineTwo = 13;

    protected override string CreateMicrophoneWav() => KaraokeTakeWav.Sing(lines: 2);

    [Fact]
    public async Task The_karaoke_summary_links_to_a_report_listing_the_unsung_lines_to_practise()
    {
        var context = await NewContextAsync("en-US");
        var karaoke = new KaraokePageModel(await context.NewPageAsync());
        await karaoke.OpenSongAsync(server.BaseAddress, KaraokeTakeWav.SongId);
        await karaoke.Start.ClickAsync();
        await karaoke.WaitAsync(
            () => Expect(karaoke.Note(LastNoteOfLineTwo)).ToHaveAttributeAsync("data-final", "true", new() { Timeout = 40_000 }),
            "the last note of the second line to be judged");
        await karaoke.Stop.ClickAsync();
        await karaoke.WaitAsync(() => Expect(karaoke.Summary).ToBeVisibleAsync(new() { Timeout = 20_000 }), "the take's summary");

        await karaoke.Page.GetByTestId("karaoke-report-link").ClickAsync();

        var report = new ReportPageModel(karaoke.Page);
        await report.WaitAsync(() => Expect(report.Body).ToBeVisibleAsync(new() { Timeout = 15_000 }), "the report to load");
        await Expect(report.Page).ToHaveURLAsync(new Regex(@"/report/[0-9a-f]+$"));
        await Expect(report.Phrases.Locator("tbody tr")).ToHaveCountAsync(6);
        // Lines 3–6 were not sung: every one of them is listed to practise, and the two sung in tune are not.
        for (var line = 2; line < 6; line++)
            await Expect(report.PractiseButton(line)).ToBeVisibleAsync();
        await Expect(report.PractiseButton(0)).ToHaveCountAsync(0);
        await Expect(report.PractiseButton(1)).ToHaveCountAsync(0);
    }
}
