using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>My page for an anonymous visitor and for a new singer, in Korean and English, on a phone and a desktop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MyPageTests(SingKingServer server) : BrowserTest
{
    [Fact]
    public async Task An_anonymous_visitor_is_asked_to_sign_in()
    {
        var my = new MyPageModel(await (await NewContextAsync("ko-KR", 390, 844)).NewPageAsync());

        await my.OpenAsync(server.BaseAddress);

        await Expect(my.SignedOut).ToContainTextAsync("로그인하면");
        await Expect(my.Page.GetByTestId("my-signin")).ToHaveAttributeAsync("href", "/signin?next=%2Fmy");
        await Expect(my.History).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData(390, 844, "ko-KR", "음역대 측정하기", "아직 부른 노래가 없습니다.")]
    [InlineData(1280, 800, "en-US", "Measure your range", "You have not sung anything yet.")]
    public async Task A_new_singer_gets_links_to_measure_and_an_empty_history_without_sideways_scrolling(
        int width, int height, string locale, string measureRange, string emptyHistory)
    {
        var context = await NewContextAsync(locale, width, height);
        var account = new AccountPageModel(await context.NewPageAsync());
        var userName = "m" + Guid.NewGuid().ToString("N")[..10];
        await account.OpenAsync(server.BaseAddress, "/signup");
        // The account's language is what the page shows after signing up.
        await account.Page.GetByTestId("signup-language").SelectOptionAsync(locale[..2]);
        await account.SignUpAsync(userName, userName + "@example.com", "김민지", "correct horse");
        await account.WaitForSignedInAsync("김민지");
        var my = new MyPageModel(account.Page);

        await my.OpenAsync(server.BaseAddress);

        await Expect(my.Page.GetByTestId("my-measure-range")).ToHaveTextAsync(measureRange);
        await Expect(my.Page.GetByTestId("my-measure-timbre")).ToHaveAttributeAsync("href", "/timbre");
        await Expect(my.Page.GetByTestId("history-empty")).ToHaveTextAsync(emptyHistory);
        await Expect(my.Chart).ToHaveAttributeAsync("data-points", "0");
        var overflow = await my.OverflowAsync();
        Assert.True(overflow <= 0, $"At {width}×{height} ({locale}) My page is {overflow} px wider than the screen; too wide: {await my.TooWideAsync()}.");
    }

    [Fact]
    public async Task Deleting_a_take_asks_first_and_then_removes_it_and_the_range_measured_in_it_on_a_phone_in_Korean()
    {
        var context = await NewContextAsync("ko-KR", 390, 844);
        var account = new AccountPageModel(await context.NewPageAsync());
        var userName = "m" + Guid.NewGuid().ToString("N")[..10];
        await account.OpenAsync(server.BaseAddress, "/signup");
        await account.Page.GetByTestId("signup-language").SelectOptionAsync("ko");
        await account.SignUpAsync(userName, userName + "@example.com", "김민지", "correct horse");
        await account.WaitForSignedInAsync("김민지");
        var range = await HomeTakeSinging.SingRangeAsync(context, server.BaseAddress, "C3", "G4");
        var my = new MyPageModel(account.Page);
        await my.OpenAsync(server.BaseAddress);
        await Expect(my.HistoryRows).ToHaveCountAsync(1);
        await Expect(my.Page.GetByTestId("my-range-notes")).ToHaveTextAsync($"{range.Range!.Lowest} – {range.Range.Highest}");
        // Kept for looking at the page by eye; not compared with anything.
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await my.Page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "my-page-390x844-ko-KR.png"), FullPage = true });
        var overflow = await my.OverflowAsync();
        Assert.True(overflow <= 0, $"At 390×844 (ko-KR) My page with a take is {overflow} px wider than the screen; too wide: {await my.TooWideAsync()}.");

        string? asked = null;
        async void Dismiss(object? sender, IDialog dialog)
        {
            asked = dialog.Message;
            await dialog.DismissAsync();
        }

        my.Page.Dialog += Dismiss;
        await my.HistoryRows.First.GetByTestId("history-delete").ClickAsync();
        await Expect(my.HistoryRows).ToHaveCountAsync(1);
        Assert.Contains("삭제할까요", asked);
        my.Page.Dialog -= Dismiss;

        my.Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await my.HistoryRows.First.GetByTestId("history-delete").ClickAsync();

        await Expect(my.Page.GetByTestId("history-empty")).ToBeVisibleAsync();
        await Expect(my.Page.GetByTestId("my-measure-range")).ToBeVisibleAsync();
        await my.OpenAsync(server.BaseAddress);
        await Expect(my.HistoryRows).ToHaveCountAsync(0);
    }
}
