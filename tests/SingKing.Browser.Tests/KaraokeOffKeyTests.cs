using System.Globalization;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>
/// An off-key karaoke take: the fake microphone sings the first three lines of "Twinkle, Twinkle" with every note
/// three and a half semitones sharp, on time; few notes light up and the score stays low.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KaraokeOffKeyTests(SingKingServer server, ITestOutputHelper output) : BrowserTest
{
    private const int LastNoteOfLineThree = 20;

    protected override string CreateMicrophoneWav() => KaraokeTakeWav.Sing(lines: 3, semitones: 3.5);

    [Fact]
    public async Task Three_lines_sung_off_key_light_few_notes_and_score_low()
    {
        var context = await NewContextAsync("en-US");
        var page = new KaraokePageModel(await context.NewPageAsync());
        await page.OpenSongAsync(server.BaseAddress, KaraokeTakeWav.SongId);

        await page.Start.ClickAsync();
        await page.WaitAsync(
            () => Expect(page.Note(LastNoteOfLineThree)).ToHaveAttributeAsync("data-final", "true", new() { Timeout = 45_000 }),
            "the last note of the third line to be judged");
        // The singer was heard: a take that heard nothing would score low for the wrong reason.
        await Expect(page.Roll).ToHaveAttributeAsync("data-first-voiced", new Regex(@"^-?\d+\.\d+$"));
        var hits = await page.CountNotesAsync(LastNoteOfLineThree, "hit");
        await page.Stop.ClickAsync();
        await page.WaitAsync(() => Expect(page.Summary).ToBeVisibleAsync(new() { Timeout = 15_000 }), "the take's summary");
        var score = int.Parse(await page.SummaryScore.TextContentAsync() ?? "", CultureInfo.InvariantCulture);
        output.WriteLine($"Off key: {hits} of {LastNoteOfLineThree + 1} notes hit, score {score}.");

        Assert.True(hits <= 4, $"{hits} of the {LastNoteOfLineThree + 1} notes sung 3.5 semitones sharp lit up as hit.");
        Assert.True(score < 1000, $"Three lines off key scored {score}.");
    }
}
