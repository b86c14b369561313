using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>Home (<c>/</c>) as the tests see it.</summary>
public sealed class HomePageModel(IPage page) : PageModel(page)
{
    public ILocator Welcome => Page.GetByTestId("home-welcome");

    public ILocator Profile => Page.GetByTestId("home-profile");

    public ILocator Name => Page.GetByTestId("home-name");

    public ILocator Level => Page.GetByTestId("home-level");

    public ILocator Latest => Page.GetByTestId("home-latest");

    public ILocator LatestSong => Page.GetByTestId("home-latest-song");

    public ILocator LatestScore => Page.GetByTestId("home-latest-score");

    public ILocator LatestChange => Page.GetByTestId("home-latest-change");

    public ILocator LatestReport => Page.GetByTestId("home-latest-report");

    public ILocator Entries => Page.GetByTestId("home-entries");

    public ILocator Weekly => Page.GetByTestId("weekly-ranking");

    public ILocator WeeklyRows => Page.GetByTestId("weekly-row");

    /// <summary>Opens Home and waits until it has loaded what it shows.</summary>
    public async Task OpenAsync(Uri baseAddress)
    {
        await Page.GotoAsync(baseAddress.ToString());
        await WaitUntilLoadedAsync();
    }

    /// <summary>Waits until the page has drawn the week's board, which it shows to everyone last.</summary>
    public Task WaitUntilLoadedAsync() =>
        WaitAsync(() => Expect(Weekly).ToBeVisibleAsync(new() { Timeout = 15_000 }), "Home to show the week's ranking");

    /// <summary>How many CSS px the page is wider than the screen (0 or less: it fits).</summary>
    public Task<int> OverflowAsync() =>
        Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    protected override async Task<string> DescribeAsync() =>
        $"path {new Uri(Page.Url).AbsolutePath}, welcome \"{await TextOf(Welcome)}\", profile \"{await TextOf(Profile)}\", " +
        $"latest \"{await TextOf(Latest)}\", ranking \"{await TextOf(Weekly)}\".";
}
