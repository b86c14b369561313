using Microsoft.Playwright;

namespace SingKing.Browser.Tests;

/// <summary>
/// A page as the tests see it. Its waits fail with what the test was waiting for and what the page showed instead,
/// which is what one needs to see why.
/// </summary>
public abstract class PageModel(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>Runs a Playwright expectation; on a time-out, says what was awaited and what the page showed.</summary>
    public async Task WaitAsync(Func<Task> expectation, string waitingFor)
    {
        try
        {
            await expectation();
        }
        catch (PlaywrightException ex)
        {
            throw new TimeoutException($"Timed out waiting for {waitingFor}. The page showed: {await DescribeAsync()}", ex);
        }
    }

    /// <summary>What the page shows, in one line, for a failure message.</summary>
    protected abstract Task<string> DescribeAsync();

    /// <summary>The trimmed text of <paramref name="locator"/>, or "(absent)".</summary>
    protected static async Task<string> TextOf(ILocator locator) =>
        await locator.CountAsync() == 0 ? "(absent)" : (await locator.TextContentAsync(new() { Timeout = 1_000 }))?.Trim() ?? "";
}
