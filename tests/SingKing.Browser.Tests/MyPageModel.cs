using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>My page (<c>/my</c>) as the tests see it.</summary>
public sealed class MyPageModel(IPage page) : PageModel(page)
{
    public ILocator SignedOut => Page.GetByTestId("my-signed-out");

    public ILocator History => Page.GetByTestId("my-history");

    public ILocator HistoryRows => Page.GetByTestId("history-row");

    public ILocator Chart => Page.GetByTestId("progress-chart");

    public ILocator SongPicker => Page.GetByTestId("progress-song");

    public ILocator Range => Page.GetByTestId("my-range");

    public ILocator Timbre => Page.GetByTestId("my-timbre");

    public ILocator Replay => Page.GetByTestId("replay-audio");

    /// <summary>Opens My page and waits until it has loaded (the history for a signed-in singer, or the sign-in prompt).</summary>
    public async Task OpenAsync(Uri baseAddress)
    {
        await Page.GotoAsync(new Uri(baseAddress, "/my").ToString());
        await WaitAsync(
            () => Expect(Page.GetByTestId("my-page")).Not.ToHaveAttributeAsync("aria-busy", "true", new() { Timeout = 15_000 }),
            "My page to load");
    }

    public Task<int> OverflowAsync() =>
        Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    /// <summary>The elements reaching past the screen's right edge, for a failure message.</summary>
    public Task<string> TooWideAsync() =>
        Page.EvaluateAsync<string>(
            """
            () => [...document.querySelectorAll('body *')]
              .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
              .slice(0, 8)
              .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().width)} px)`)
              .join(', ')
            """);

    protected override async Task<string> DescribeAsync() =>
        $"path {new Uri(Page.Url).AbsolutePath}, history \"{await TextOf(History)}\", signed-out \"{await TextOf(SignedOut)}\".";
}
