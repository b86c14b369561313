using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>The Live pitch page as the tests see it: its stable test ids, and waits that say what they waited for.</summary>
public sealed class LivePitchPageModel(IPage page) : PageModel(page)
{
    public ILocator NoteName => Page.GetByTestId("note-name");

    public ILocator NoteHz => Page.GetByTestId("note-hz");

    public ILocator Status => Page.GetByTestId("status");

    public ILocator Notice => Page.GetByTestId("notice");

    public ILocator StartStop => Page.GetByTestId("start-stop");

    public ILocator Summary => Page.GetByTestId("summary");

    public ILocator KoreanSwitch => Page.GetByTestId("lang-ko");

    public ILocator EnglishSwitch => Page.GetByTestId("lang-en");

    /// <summary>Opens the page and waits until its script has filled in the strings.</summary>
    public async Task OpenAsync(Uri baseAddress)
    {
        await Page.GotoAsync(new Uri(baseAddress, "/live").ToString());
        await WaitAsync(
            () => Expect(StartStop).Not.ToBeEmptyAsync(new() { Timeout = 10_000 }),
            "the page's script to label the Start button");
    }

    /// <summary>Waits until the note name reads <paramref name="noteName"/>, for at most <paramref name="timeout"/>.</summary>
    public Task WaitForNoteAsync(string noteName, TimeSpan timeout) =>
        WaitAsync(
            () => Expect(NoteName).ToHaveTextAsync(noteName, new() { Timeout = (float)timeout.TotalMilliseconds }),
            $"the note name to show \"{noteName}\" within {timeout.TotalSeconds:0} s");

    protected override async Task<string> DescribeAsync()
    {
        return $"note \"{await TextOf(NoteName)}\", frequency \"{await TextOf(NoteHz)}\", status \"{await TextOf(Status)}\", " +
            $"notice \"{await TextOf(Notice)}\", button \"{await TextOf(StartStop)}\".";
    }
}
