using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>The Range page as the tests see it: its stable test ids, and waits that say what they waited for.</summary>
public sealed partial class RangePageModel(IPage page) : PageModel(page)
{
    public ILocator Start => Page.GetByTestId("range-start");

    public ILocator Next => Page.GetByTestId("range-next");

    public ILocator Finish => Page.GetByTestId("range-finish");

    public ILocator Progress => Page.GetByTestId("range-progress");

    public ILocator SoFarLowest => Page.GetByTestId("so-far-lowest");

    public ILocator SoFarHighest => Page.GetByTestId("so-far-highest");

    public ILocator Result => Page.GetByTestId("range-result");

    public ILocator ResultLowest => Page.GetByTestId("result-lowest");

    public ILocator ResultLowestHz => Page.GetByTestId("result-lowest-hz");

    public ILocator ResultHighest => Page.GetByTestId("result-highest");

    public ILocator ResultHighestHz => Page.GetByTestId("result-highest-hz");

    public ILocator Piano => Page.GetByTestId("piano");

    public ILocator Status => Page.GetByTestId("status");

    public ILocator Notice => Page.GetByTestId("notice");

    /// <summary>The piano key of a note as the page names it, e.g. <c>"C4"</c> or <c>"C♯4"</c>.</summary>
    public ILocator Key(string note) => Piano.Locator($"[data-note=\"{note}\"]");

    /// <summary>Opens the page and waits until its script has filled in the strings.</summary>
    public async Task OpenAsync(Uri baseAddress)
    {
        await Page.GotoAsync(new Uri(baseAddress, "/range").ToString());
        await WaitAsync(
            () => Expect(Start).Not.ToBeEmptyAsync(new() { Timeout = 10_000 }),
            "the page's script to label the Start button");
    }

    /// <summary>Waits until <paramref name="figure"/> begins with the note <paramref name="note"/> (followed by its Hz).</summary>
    public Task WaitForNoteAsync(ILocator figure, string note, string what, TimeSpan timeout) =>
        WaitAsync(
            () => Expect(figure).ToHaveTextAsync(
                new Regex($"^{Regex.Escape(note)} ·"),
                new() { Timeout = (float)timeout.TotalMilliseconds }),
            $"{what} to show {note} within {timeout.TotalSeconds:0} s");

    /// <summary>Steps through the guided test while the fake microphone sings A3, glides to A2, then up to F4.</summary>
    public async Task SingTheGuidedTestAsync()
    {
        var hold = TimeSpan.FromSeconds(15);
        await Start.ClickAsync();
        await WaitForNoteAsync(SoFarLowest, "A3", "the lowest stable note so far (the comfortable note)", hold);
        await Next.ClickAsync();
        await WaitForNoteAsync(SoFarLowest, "A2", "the lowest stable note so far", hold);
        await Next.ClickAsync();
        await WaitForNoteAsync(SoFarHighest, "F4", "the highest stable note so far", hold);
        await Finish.ClickAsync();
        await WaitAsync(
            () => Expect(Result).ToBeVisibleAsync(new() { Timeout = 10_000 }),
            "the result card after Finish");
    }

    /// <summary>The frequency a result figure such as <c>"110.1 Hz"</c> shows, in Hz.</summary>
    public static async Task<double> HzOfAsync(ILocator figure)
    {
        var text = await figure.TextContentAsync() ?? "";
        var match = HzPattern().Match(text);
        Assert.True(match.Success, $"\"{text}\" is not a frequency in Hz.");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    protected override async Task<string> DescribeAsync()
    {
        return $"step \"{await TextOf(Progress)}\", lowest so far \"{await TextOf(SoFarLowest)}\", highest so far " +
            $"\"{await TextOf(SoFarHighest)}\", sung note \"{await TextOf(Page.GetByTestId("note-name"))}\", status " +
            $"\"{await TextOf(Status)}\", notice \"{await TextOf(Notice)}\".";
    }

    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s*Hz\s*$")]
    private static partial Regex HzPattern();
}
