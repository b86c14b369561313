using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>The Karaoke page without singing: the song picker, a song's screen, both languages, phone and desktop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KaraokePageTests(SingKingServer server) : BrowserTest
{
    [Fact]
    public async Task Search_and_filters_narrow_the_song_list()
    {
        var page = await OpenListAsync("en-US");
        // The six bundled songs, and any a song upload test has added to the shared host.
        await page.WaitAsync(() => Expect(page.Song("doraji-taryeong")).ToBeVisibleAsync(), "the bundled songs to be listed");
        Assert.True(await page.SongChoices.CountAsync() >= 6, "The list lacks some of the six bundled songs.");

        await page.Search.FillAsync("twinkle");
        await Expect(page.SongChoices).ToHaveCountAsync(1);
        await Expect(page.SongChoices.First).ToContainTextAsync("Twinkle, Twinkle, Little Star");

        await page.Search.FillAsync("아리");
        await Expect(page.SongChoices).ToHaveCountAsync(1);
        await Expect(page.SongChoices.First).ToContainTextAsync("아리랑");

        await page.Search.FillAsync("");
        await page.StyleFilter.SelectOptionAsync("ballad");
        await Expect(page.SongChoices).ToHaveCountAsync(3);
        await page.LanguageFilter.SelectOptionAsync("Korean");
        await Expect(page.SongChoices).ToHaveCountAsync(1);
        await page.StyleFilter.SelectOptionAsync("");
        await page.DifficultyFilter.SelectOptionAsync("hard");
        await Expect(page.SongChoices).ToHaveCountAsync(1);
        await Expect(page.SongChoices.First).ToContainTextAsync("도라지");
    }

    [Fact]
    public async Task Choosing_a_song_opens_its_screen_at_its_own_address()
    {
        var page = await OpenListAsync("en-US");

        await page.Song(KaraokeTakeWav.SongId).Locator("button").ClickAsync();

        await Expect(page.SongTitle).ToHaveTextAsync("Twinkle, Twinkle, Little Star");
        await Expect(page.Page).ToHaveURLAsync(new Regex(@"/karaoke\?song=twinkle-twinkle$"));
        await Expect(page.Page.GetByTestId("karaoke-delay-text")).ToHaveTextAsync("Delay not calibrated —");
        await Expect(page.Page.GetByTestId("karaoke-calibrate")).ToHaveAttributeAsync("href", "/calibrate");
        await Expect(page.Page.GetByTestId("lyrics-current")).ToHaveTextAsync("Twinkle twinkle little star");
        await Expect(page.Note(0)).ToHaveAttributeAsync("data-hit", "pending");
    }

    [Fact]
    public async Task Stored_device_delay_is_shown_with_a_link_to_recalibrate()
    {
        var context = await NewContextAsync("en-US");
        // As the calibration page stores it for the default microphone.
        await context.AddInitScriptAsync(
            "localStorage.setItem('singking.latency.v1', JSON.stringify({ default: { latencyMs: 180, source: 'measured', savedAt: '2026-11-01T10:00:00.000Z' } }))");
        var page = new KaraokePageModel(await context.NewPageAsync());

        await page.OpenSongAsync(server.BaseAddress, KaraokeTakeWav.SongId);

        await Expect(page.Page.GetByTestId("karaoke-delay")).ToHaveTextAsync("Delay 180 ms — recalibrate");
        await Expect(page.Page.GetByTestId("karaoke-calibrate")).ToHaveAttributeAsync("href", "/calibrate");
    }

    [Fact]
    public async Task Korean_browser_shows_the_picker_and_the_song_in_Korean()
    {
        var page = await OpenListAsync("ko-KR");

        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("노래방");
        await Expect(page.Page.GetByRole(AriaRole.Link, new() { Name = "노래방" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.Page.GetByRole(AriaRole.Link, new() { Name = "노래 추가" })).ToHaveAttributeAsync("href", "/songs/new");
        await Expect(page.StyleFilter.Locator("option[value=\"trot\"]")).ToHaveTextAsync("트로트");

        await page.Song(KaraokeTakeWav.SongId).Locator("button").ClickAsync();

        await Expect(page.Start).ToHaveTextAsync("시작");
        await Expect(page.Page.GetByTestId("difficulty-easy").Locator("xpath=..")).ToHaveTextAsync("쉬움");
        await Expect(page.Page.GetByTestId("karaoke-delay-text")).ToHaveTextAsync("지연 시간 보정 안 됨 —");
        await Expect(page.Page).ToHaveTitleAsync("Twinkle, Twinkle, Little Star — SingKing — 노래방");
    }

    [Fact]
    public async Task An_unknown_song_says_so_and_leads_back_to_the_list()
    {
        var context = await NewContextAsync("en-US");
        var page = new KaraokePageModel(await context.NewPageAsync());
        await page.Page.GotoAsync(new Uri(server.BaseAddress, "/karaoke?song=no-such-song").ToString());

        await Expect(page.Missing).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Expect(page.Page.GetByTestId("song-missing-text")).ToContainTextAsync("There is no song “no-such-song”");
        await Expect(page.Start).ToBeHiddenAsync();

        await page.Page.GetByTestId("back-to-songs").ClickAsync();
        await Expect(page.Song(KaraokeTakeWav.SongId)).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData(390, 844, "ko-KR")]
    [InlineData(1280, 800, "en-US")]
    public async Task Song_screen_fits_with_the_roll_and_Start_in_view(int width, int height, string locale)
    {
        var context = await NewContextAsync(locale, width, height);
        var page = new KaraokePageModel(await context.NewPageAsync());
        await page.OpenListAsync(server.BaseAddress);
        Assert.True(await OverflowAsync(page) <= 0, $"The song list at {width}×{height} scrolls sideways.");

        await page.OpenSongAsync(server.BaseAddress, KaraokeTakeWav.SongId);
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, $"karaoke-{width}x{height}-{locale}.png"), FullPage = true });

        Assert.True(await OverflowAsync(page) <= 0, $"The song screen at {width}×{height} scrolls sideways.");
        await Expect(page.Start).ToBeInViewportAsync(new() { Ratio = 1 });
        var roll = await page.Roll.BoundingBoxAsync();
        Assert.True(roll is { Width: > 300, Height: >= 150 }, $"The piano roll is {roll?.Width}×{roll?.Height} px at {width}×{height}.");
        Assert.True(roll!.X >= 0 && roll.X + roll.Width <= width, $"The piano roll runs off the screen: x {roll.X}, width {roll.Width}.");
    }

    private static Task<int> OverflowAsync(KaraokePageModel page) =>
        page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    private async Task<KaraokePageModel> OpenListAsync(string locale)
    {
        var context = await NewContextAsync(locale);
        var page = new KaraokePageModel(await context.NewPageAsync());
        await page.OpenListAsync(server.BaseAddress);
        return page;
    }
}
