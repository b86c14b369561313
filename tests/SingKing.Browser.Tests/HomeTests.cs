using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>
/// Home and My page from a singer's side: sign up, sing a song, see it on Home and in My page's history, sign out,
/// sign in again and still see it; and Home for an anonymous visitor, in Korean and English, on a phone and a desktop.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HomeTests(SingKingServer server) : BrowserTest
{
    private const string Password = "correct horse";

    [Fact]
    public async Task A_singer_sees_their_sung_song_on_Home_and_in_My_page_and_still_after_signing_out_and_in_again()
    {
        var userName = "h" + Guid.NewGuid().ToString("N")[..10];
        var context = await NewContextAsync("en-US");
        var account = new AccountPageModel(await context.NewPageAsync());
        await account.OpenAsync(server.BaseAddress, "/signup");
        await account.SignUpAsync(userName, userName + "@example.com", "Minji Kim", Password);
        await account.WaitForSignedInAsync("Minji Kim");

        var summary = await HomeTakeSinging.SingTwinkleAsync(context, server.BaseAddress);
        var home = new HomePageModel(account.Page);
        await home.OpenAsync(server.BaseAddress);

        Assert.True(summary.Save is { Saved: true }, "the take was saved to the database");
        await Expect(home.Name).ToHaveTextAsync("Minji Kim");
        await Expect(home.LatestSong).ToContainTextAsync("Twinkle");
        await Expect(home.LatestScore).ToHaveTextAsync(Score(summary));
        await Expect(home.LatestChange).ToHaveTextAsync("Your first take of this song");
        await Expect(home.LatestReport).ToHaveAttributeAsync("href", $"/report/{summary.TakeId}");
        await Expect(home.WeeklyRows.Filter(new() { HasText = "Minji Kim" })).ToHaveAttributeAsync("aria-current", "true");

        var my = new MyPageModel(account.Page);
        await my.OpenAsync(server.BaseAddress);
        await Expect(my.HistoryRows).ToHaveCountAsync(1);
        await Expect(my.HistoryRows.First).ToContainTextAsync("Twinkle");
        await Expect(my.HistoryRows.First).ToContainTextAsync(Score(summary));
        await Expect(my.Chart).ToHaveAttributeAsync("data-points", "1");
        await my.HistoryRows.First.GetByTestId("history-play").ClickAsync();
        await Expect(my.Replay).ToHaveAttributeAsync("src", $"/api/takes/{summary.TakeId}/audio");

        await account.HeaderSignOut.ClickAsync();
        await account.WaitForSignedOutAsync();
        await Expect(home.Welcome).ToBeVisibleAsync();
        await account.OpenAsync(server.BaseAddress, "/signin");
        await account.SignInAsync(userName, Password);
        await account.WaitForSignedInAsync("Minji Kim");
        await home.WaitUntilLoadedAsync();

        await Expect(home.LatestSong).ToContainTextAsync("Twinkle");
        await Expect(home.LatestScore).ToHaveTextAsync(Score(summary));
        await my.OpenAsync(server.BaseAddress);
        await Expect(my.HistoryRows).ToHaveCountAsync(1);
        await Expect(my.HistoryRows.First.GetByTestId("history-report")).ToHaveAttributeAsync("href", $"/report/{summary.TakeId}");
    }

    [Fact]
    public async Task A_worse_second_take_shows_down_by_the_difference_and_a_range_test_shows_on_My_page()
    {
        var userName = "h" + Guid.NewGuid().ToString("N")[..10];
        var context = await NewContextAsync("en-US");
        var account = new AccountPageModel(await context.NewPageAsync());
        await account.OpenAsync(server.BaseAddress, "/signup");
        await account.SignUpAsync(userName, userName + "@example.com", "Jisoo", Password);
        await account.WaitForSignedInAsync("Jisoo");

        var first = await HomeTakeSinging.SingTwinkleAsync(context, server.BaseAddress);
        var range = await HomeTakeSinging.SingRangeAsync(context, server.BaseAddress, "C3", "G4");
        // Two lines a minor third sharp: a lower score than the first take.
        var second = await HomeTakeSinging.SingTwinkleAsync(context, server.BaseAddress, line => line is 1 or 2 ? 3 : 0);
        var home = new HomePageModel(account.Page);
        await home.OpenAsync(server.BaseAddress);

        var difference = Stored(first) - Stored(second);
        Assert.True(difference > 0, $"the off-key take scored {Stored(second)}, the first {Stored(first)}");
        await Expect(home.LatestScore).ToHaveTextAsync(Score(second));
        await Expect(home.LatestChange).ToHaveTextAsync($"▼ Down {difference.ToString("N0", English)} on your previous take ({Score(first)})");
        await ScreenshotAsync(home.Page, "home-signed-in-1280x800-en-US.png");

        var my = new MyPageModel(account.Page);
        await my.OpenAsync(server.BaseAddress);
        Assert.NotNull(range.Range);
        await Expect(my.Page.GetByTestId("my-range-notes")).ToHaveTextAsync($"{range.Range.Lowest} – {range.Range.Highest}");
        await Expect(my.HistoryRows).ToHaveCountAsync(3);
        await Expect(my.HistoryRows.Nth(1)).ToContainTextAsync("Free singing");
        await Expect(my.Chart).ToHaveAttributeAsync("data-points", "2");
        await ScreenshotAsync(my.Page, "my-page-1280x800-en-US.png");
    }

    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

    // The score as the database keeps it: the report's total, rounded as the take is saved.
    private static int Stored(Host.Hubs.SessionSummary summary) => (int)Math.Round(summary.Report!.Total);

    private static string Score(Host.Hubs.SessionSummary summary) => Stored(summary).ToString("N0", English);

    [Theory]
    [InlineData(390, 844, "ko-KR", "가입하기", "이번 주 랭킹")]
    [InlineData(1280, 800, "en-US", "Sign up", "This week’s ranking")]
    public async Task An_anonymous_visitor_sees_the_welcome_the_ways_in_and_the_weekly_ranking_without_sideways_scrolling(
        int width, int height, string locale, string signUp, string ranking)
    {
        var home = new HomePageModel(await (await NewContextAsync(locale, width, height)).NewPageAsync());

        await home.OpenAsync(server.BaseAddress);

        await Expect(home.Page.GetByTestId("home-signup")).ToHaveTextAsync(signUp);
        await Expect(home.Page.GetByTestId("home-signin")).ToBeVisibleAsync();
        await Expect(home.Entries.Locator("a")).ToHaveCountAsync(4);
        await Expect(home.Page.GetByTestId("entry-live")).ToHaveAttributeAsync("href", "/live");
        await Expect(home.Weekly.Locator("h2")).ToHaveTextAsync(ranking);
        await Expect(home.Profile).ToHaveCountAsync(0);
        await ScreenshotAsync(home.Page, $"home-anonymous-{width}x{height}-{locale}.png");
        var overflow = await home.OverflowAsync();
        Assert.True(overflow <= 0, $"At {width}×{height} ({locale}) Home is {overflow} px wider than the screen.");
    }

    [Fact]
    public async Task Switching_to_English_redraws_Home_in_English()
    {
        var home = new HomePageModel(await (await NewContextAsync("ko-KR", 390, 844)).NewPageAsync());
        await home.OpenAsync(server.BaseAddress);
        await Expect(home.Welcome.Locator("h1")).ToHaveTextAsync("한 곡씩, 더 잘 부르게");

        await home.Page.GetByTestId("lang-en").ClickAsync();

        await Expect(home.Welcome.Locator("h1")).ToHaveTextAsync("Sing better, one take at a time");
        await Expect(home.Page.GetByTestId("home-signup")).ToHaveTextAsync("Sign up");
    }

    // Kept for looking at the pages by eye; not compared with anything.
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, name), FullPage = true });
    }
}
