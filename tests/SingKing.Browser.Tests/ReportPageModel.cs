using Microsoft.Playwright;

namespace SingKing.Browser.Tests;

/// <summary>The take report page (/report/&lt;takeId&gt;) as the tests see it: its stable test ids, and what it shows.</summary>
public sealed class ReportPageModel(IPage page) : PageModel(page)
{
    public ILocator Body => Page.GetByTestId("report-body");

    public ILocator Error => Page.GetByTestId("report-error");

    public ILocator Total => Page.GetByTestId("report-total");

    public ILocator Rating => Page.GetByTestId("report-rating");

    public ILocator Advice => Page.GetByTestId("report-advice").Locator("li");

    public ILocator Roll => Page.GetByTestId("report-roll");

    public ILocator Timing => Page.GetByTestId("report-timing");

    public ILocator Replay => Page.GetByTestId("report-replay");

    public ILocator Phrases => Page.GetByTestId("report-phrases");

    public ILocator PractiseButton(int line) => Page.GetByTestId($"practise-{line}");

    public ILocator Practice => Page.GetByTestId("practice");

    public ILocator PracticeNote(int noteIndex) => Page.GetByTestId($"practice-note-{noteIndex}");

    public ILocator PracticePasses => Page.GetByTestId("practice-passes").Locator("li");

    public ILocator MoveOn => Page.GetByTestId("practice-move-on");

    /// <summary>Opens the report of <paramref name="takeId"/>.</summary>
    public async Task OpenAsync(Uri baseAddress, string takeId)
    {
        await Page.GotoAsync(new Uri(baseAddress, $"report/{Uri.EscapeDataString(takeId)}").ToString());
    }

    /// <summary>How many pixels of <paramref name="canvas"/> are not blank (drawn on), counted in the page.</summary>
    public Task<int> InkedPixelsAsync(ILocator canvas) =>
        canvas.EvaluateAsync<int>(
            """
            canvas => {
              const g = canvas.getContext('2d');
              if (!g || canvas.width === 0 || canvas.height === 0) return 0;
              const data = g.getImageData(0, 0, canvas.width, canvas.height).data;
              let inked = 0;
              for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) inked++;
              return inked;
            }
            """);

    /// <summary>How many CSS px the page is wider than the viewport (0 when nothing scrolls sideways).</summary>
    public Task<int> SidewaysOverflowAsync() =>
        Page.EvaluateAsync<int>("() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");

    protected override async Task<string> DescribeAsync() =>
        $"status \"{await TextOf(Page.GetByTestId("report-status"))}\", error \"{await TextOf(Error)}\", "
        + $"total \"{await TextOf(Total)}\", practice status \"{await TextOf(Page.GetByTestId("practice-status"))}\", "
        + $"practice error \"{await TextOf(Page.GetByTestId("practice-error"))}\", passes \"{await TextOf(Page.GetByTestId("practice-passes"))}\"";
}
