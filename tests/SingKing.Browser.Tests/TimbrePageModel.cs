using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>The Timbre page as the tests see it: its stable test ids, and waits that say what they waited for.</summary>
public sealed class TimbrePageModel(IPage page) : PageModel(page)
{
    public ILocator Baseline => Page.GetByTestId("timbre-baseline");

    public ILocator Start => Page.GetByTestId("timbre-start");

    public ILocator Stop => Page.GetByTestId("timbre-stop");

    public ILocator Instruction => Page.GetByTestId("timbre-instruction");

    public ILocator Seconds => Page.GetByTestId("timbre-seconds");

    public ILocator Notice => Page.GetByTestId("timbre-notice");

    public ILocator Result => Page.GetByTestId("timbre-result");

    public ILocator Label => Page.GetByTestId("timbre-label");

    public ILocator Percents => Page.GetByTestId("timbre-probabilities").GetByTestId("timbre-percent");

    public ILocator Descriptors => Page.GetByTestId("timbre-descriptors").Locator(".timbre-descriptor");

    public ILocator SingItLinks => Page.GetByTestId("timbre-songs").GetByTestId("timbre-sing-it");

    public ILocator SavedOn => Page.GetByTestId("timbre-saved-on");

    /// <summary>Opens the page and waits until its script has filled in the strings and the model is described.</summary>
    public async Task OpenAsync(Uri baseAddress)
    {
        await Page.GotoAsync(new Uri(baseAddress, "/timbre").ToString());
        await WaitAsync(
            () => Expect(Start).Not.ToBeEmptyAsync(new() { Timeout = 10_000 }),
            "the page's script to label the Start button");
        await WaitAsync(
            () => Expect(Baseline).ToBeVisibleAsync(new() { Timeout = 10_000 }),
            "the description of the model from GET /api/timbre/model");
    }

    /// <summary>Starts recording, waits until the minimum is recorded and Stop may be pressed, and presses it.</summary>
    public async Task RecordTheMinimumAsync()
    {
        await Start.ClickAsync();
        await WaitAsync(
            () => Expect(Stop).ToBeEnabledAsync(new() { Timeout = 25_000 }),
            "Stop to be enabled once the minimum of 10 s is recorded");
        await Stop.ClickAsync();
    }

    /// <summary>How many CSS px the page is wider than its viewport (0 or less when nothing scrolls sideways).</summary>
    public Task<int> HorizontalOverflowAsync() =>
        Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    protected override async Task<string> DescribeAsync()
    {
        return $"recorded \"{await TextOf(Seconds)}\", instruction \"{await TextOf(Instruction)}\", notice " +
            $"\"{await TextOf(Notice)}\", result label \"{await TextOf(Label)}\".";
    }
}
