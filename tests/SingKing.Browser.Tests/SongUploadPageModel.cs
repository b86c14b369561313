using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>The song upload page as the tests see it: its stable test ids, and waits that say what they waited for.</summary>
public sealed class SongUploadPageModel(IPage page) : PageModel(page)
{
    public ILocator Chart => Page.GetByTestId("upload-chart");

    public ILocator Audio => Page.GetByTestId("upload-audio");

    public ILocator Submit => Page.GetByTestId("upload-submit");

    public ILocator Added => Page.GetByTestId("upload-added");

    public ILocator Sing => Page.GetByTestId("upload-sing");

    public ILocator Warnings => Page.GetByTestId("upload-warnings");

    public ILocator Errors => Page.GetByTestId("upload-errors");

    public ILocator Notice => Page.GetByTestId("upload-notice");

    /// <summary>Opens the page and waits until its script has filled in the strings.</summary>
    public async Task OpenAsync(Uri baseAddress)
    {
        await Page.GotoAsync(new Uri(baseAddress, "/songs/new").ToString());
        await WaitAsync(
            () => Expect(Submit).Not.ToBeEmptyAsync(new() { Timeout = 10_000 }),
            "the page's script to label the Upload button");
    }

    /// <summary>Chooses a chart with <paramref name="chartText"/> (UTF-8) and, when given, an audio file, then presses Upload.</summary>
    public async Task UploadAsync(string chartText, byte[]? audio, string audioName = "song.wav")
    {
        await Chart.SetInputFilesAsync(new FilePayload { Name = "song.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(chartText) });
        if (audio is not null)
            await Audio.SetInputFilesAsync(new FilePayload { Name = audioName, MimeType = "audio/wav", Buffer = audio });
        await Submit.ClickAsync();
    }

    /// <summary>Waits until the page shows the server's verdict: the added song, the chart's errors, or a refusal.</summary>
    public Task WaitForVerdictAsync() =>
        WaitAsync(
            () => Expect(Page.Locator("[data-testid=upload-result]:visible, [data-testid=upload-errors]:visible, [data-testid=upload-notice]:visible"))
                .ToHaveCountAsync(1, new() { Timeout = 15_000 }),
            "the server's verdict on the upload");

    protected override async Task<string> DescribeAsync()
    {
        return $"status \"{await TextOf(Page.GetByTestId("upload-status"))}\", added \"{await TextOf(Added)}\", errors \"{await TextOf(Errors)}\", " +
            $"notice \"{await TextOf(Notice)}\".";
    }
}
