using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SingKing.Dsp.Synthesis;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>
/// The timbre diagnosis in a browser: the fake microphone sings a 14 s melody with the synthesizer's voice; the page
/// records the minimum, the server diagnoses it, and the result card shows, is kept, and leads to a song.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TimbreSingingTests(SingKingServer server) : BrowserTest
{
    protected override string CreateMicrophoneWav()
    {
        string[] melody = ["A3", "B3", "C#4", "E4", "F#4", "E4", "C#4", "B3", "A3", "E4", "F#4", "A4", "F#4", "E4"];
        return FakeMicrophoneWav.Sing([.. melody.Select(note => (note, 1.0)), (SingingVoice.Rest, 3.0)]);
    }

    [Fact]
    public async Task Recording_shows_a_result_card_that_is_kept_and_leads_to_a_song()
    {
        var context = await NewContextAsync("en-US", 1280, 800);
        var page = new TimbrePageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);
        await Expect(page.Baseline).ToContainTextAsync(new Regex(@"synthetic voices.*right \d+ % of the time.*not been measured on real voices"));
        // A range from the Range page, kept on this device as that page keeps it: A2–F4.
        await page.Page.EvaluateAsync(
            "range => localStorage.setItem('singking.range.v1', JSON.stringify({ result: range, savedAt: new Date().toISOString() }))",
            SavedBaritoneRange);
        await page.Page.ReloadAsync();
        await page.OpenAsync(server.BaseAddress);
        await Expect(page.Page.GetByTestId("timbre-range-note")).ToHaveTextAsync("Your saved range A2–F4 is used: songs that go outside it rank lower.");

        await page.RecordTheMinimumAsync();

        await page.WaitAsync(
            () => Expect(page.Result).ToBeVisibleAsync(new() { Timeout = 20_000 }),
            "the result card after the recording was analysed");
        await Expect(page.Label).ToHaveTextAsync(new Regex("^(Ballad|Dance|Rock|Trot)$"));
        await Expect(page.Percents).ToHaveCountAsync(4);
        var total = 0;
        foreach (var text in await page.Percents.AllTextContentsAsync())
            total += int.Parse(PercentPattern().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(total, 99, 101);
        await Expect(page.Descriptors).ToHaveCountAsync(6);
        await Expect(page.Descriptors.First).ToContainTextAsync("Hz");
        Assert.True(await page.SingItLinks.CountAsync() >= 1, "The result card suggests no song.");
        // Each reason says how the song sits against the range, which the server can only know if the page sent it.
        foreach (var reason in await page.Page.Locator(".timbre-song__reason").AllTextContentsAsync())
            Assert.Matches("(inside|outside) your range", reason);
        await Expect(page.Page.GetByTestId("timbre-result-range")).ToContainTextAsync("A2–F4");
        Assert.True(await page.HorizontalOverflowAsync() <= 0, "The desktop page scrolls sideways with a result.");
        await SaveScreenshotAsync(page.Page, "timbre-result-1280x800-en-US.png");

        // The kept result, opened on a phone in Korean: same device storage, new page.
        var phone = await Browser.NewContextAsync(new()
        {
            Locale = "ko-KR",
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
            StorageState = await context.StorageStateAsync(),
        });
        var kept = new TimbrePageModel(await phone.NewPageAsync());
        await kept.OpenAsync(server.BaseAddress);
        await Expect(kept.Result).ToBeVisibleAsync();
        await Expect(kept.Label).ToHaveTextAsync(new Regex("^(발라드|댄스|록|트로트)$"));
        await Expect(kept.SavedOn).ToContainTextAsync("녹음");
        await Expect(kept.Percents).ToHaveCountAsync(4);
        Assert.True(await kept.HorizontalOverflowAsync() <= 0, "The phone page scrolls sideways with a result.");
        await SaveScreenshotAsync(kept.Page, "timbre-result-390x844-ko-KR.png");

        var href = await kept.SingItLinks.First.GetAttributeAsync("href");
        Assert.StartsWith("/karaoke?song=", href);
        await kept.SingItLinks.First.ClickAsync();
        var karaoke = new KaraokePageModel(kept.Page);
        await karaoke.WaitAsync(
            () => Expect(karaoke.SongTitle).Not.ToBeEmptyAsync(new() { Timeout = 10_000 }),
            "the karaoke page to open the recommended song");
        await Expect(karaoke.Missing).ToBeHiddenAsync();
    }

    private static readonly object SavedBaritoneRange = new
    {
        lowest = "A2",
        highest = "F4",
        lowestHz = 110.0,
        highestHz = 349.2,
        semitones = 20,
        octaves = 1.67,
        voiceType = "baritone",
        tessituraLow = "C3",
        tessituraHigh = "D4",
        stableNotes = Array.Empty<object>(),
    };

    // Kept for looking at the layout by eye; not compared with anything.
    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, name), FullPage = true });
    }

    [GeneratedRegex(@"(\d+)\s*%")]
    private static partial Regex PercentPattern();
}
