using System.Globalization;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>
/// A karaoke take in a browser: the fake microphone sings the first three lines of the bundled "Twinkle, Twinkle"
/// in tune, starting with the page's count-in of silence; the page plays the backing track and lights the notes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KaraokeSingingTests(SingKingServer server, ITestOutputHelper output) : BrowserTest
{
    /// <summary>Notes 0–20 are the first three lines.</summary>
    private const int LastNoteOfLineThree = 20;

    private float[]? take;

    protected override string CreateMicrophoneWav()
    {
        take = KaraokeTakeWav.Render(lines: 3);
        return KaraokeTakeWav.Write(take);
    }

    [Fact]
    public async Task Three_lines_sung_in_tune_light_most_of_their_notes_and_score()
    {
        // On a phone, so the take's screen is shown working where room is tightest.
        var context = await NewContextAsync("en-US", 390, 844);
        var page = new KaraokePageModel(await context.NewPageAsync());
        await page.OpenSongAsync(server.BaseAddress, KaraokeTakeWav.SongId);

        await page.Start.ClickAsync();
        await page.WaitAsync(
            () => Expect(page.Stage).ToHaveAttributeAsync("data-state", "singing", new() { Timeout = 15_000 }),
            "the take to start and the countdown to run");
        await Expect(page.Stop).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(page.Roll).ToBeInViewportAsync(new() { Ratio = 1 });
        await page.WaitAsync(
            () => Expect(page.Note(LastNoteOfLineThree)).ToHaveAttributeAsync("data-final", "true", new() { Timeout = 40_000 }),
            "the last note of the third line to be judged");

        // Kept for looking at the take's screen by eye; not compared with anything.
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "karaoke-singing-390x844-en-US.png") });

        // How far the song clock put the voice from where the take has it: the page's song time of the first voiced
        // frame against the tracker's own onset in the WAV.
        var heard = double.Parse(await page.Roll.GetAttributeAsync("data-first-voiced") ?? "NaN", CultureInfo.InvariantCulture);
        var expected = KaraokeTakeWav.FirstVoicedSeconds(take!);
        output.WriteLine($"First voiced frame: song time {heard:0.000} s on the page, {expected:0.000} s in the take; offset {1000 * (heard - expected):0} ms.");

        var hits = await page.CountNotesAsync(LastNoteOfLineThree, "hit");
        output.WriteLine($"Notes hit in the first three lines: {hits} of {LastNoteOfLineThree + 1}.");
        await page.Stop.ClickAsync();
        await page.WaitAsync(() => Expect(page.Summary).ToBeVisibleAsync(new() { Timeout = 15_000 }), "the take's summary");
        var score = int.Parse(await page.SummaryScore.TextContentAsync() ?? "", CultureInfo.InvariantCulture);
        var notes = Regex.Match(await page.SummaryNotes.TextContentAsync() ?? "", @"^(\d+) of (\d+)$");
        output.WriteLine($"Summary: score {score}, notes {notes.Value}.");
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "karaoke-summary-390x844-en-US.png") });

        Assert.True(Math.Abs(heard - expected) < 0.06, $"The voice was heard at song time {heard:0.000} s; the take has it at {expected:0.000} s.");
        Assert.True(
            hits >= 17,
            $"Only {hits} of the {LastNoteOfLineThree + 1} notes sung in tune lit up as hit. The server must place each chunk at its " +
            "songSeconds: one that counts take time from the first chunk judges the take a count-in (3 s) early.");
        Assert.True(notes.Success && int.Parse(notes.Groups[1].Value, CultureInfo.InvariantCulture) >= 17, $"The summary says {notes.Value} notes hit.");
        // Three of the song's six lines sung well earn close to half of the 10 000.
        Assert.True(score >= 3000, $"Three lines in tune scored {score}.");
    }
}
