using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>The latency calibration page as the tests see it: its stable test ids, and waits that say what they waited for.</summary>
public sealed partial class CalibrationPageModel(IPage page) : PageModel(page)
{
    /// <summary>The localStorage key of the per-device delays (device-latency.ts).</summary>
    public const string StorageKey = "singking.latency.v1";

    public ILocator Measure => Page.GetByTestId("calibrate-measure");

    public ILocator Status => Page.GetByTestId("calibrate-status");

    public ILocator Result => Page.GetByTestId("calibrate-result");

    public ILocator ResultMs => Page.GetByTestId("calibrate-result-ms");

    public ILocator ResultClicks => Page.GetByTestId("calibrate-result-clicks");

    public ILocator Saved => Page.GetByTestId("calibrate-saved");

    public ILocator Notice => Page.GetByTestId("calibrate-notice");

    public ILocator StoredMs => Page.GetByTestId("calibrate-stored-ms");

    public ILocator StoredHow => Page.GetByTestId("calibrate-stored-how");

    public ILocator StoredNone => Page.GetByTestId("calibrate-stored-none");

    public ILocator Slider => Page.GetByTestId("calibrate-slider");

    public ILocator SliderValue => Page.GetByTestId("calibrate-slider-value");

    public ILocator Save => Page.GetByTestId("calibrate-save");

    /// <summary>Opens the page and waits until its script has filled in the strings.</summary>
    public async Task OpenAsync(Uri baseAddress)
    {
        await Page.GotoAsync(new Uri(baseAddress, "/calibrate").ToString());
        await WaitAsync(
            () => Expect(Measure).Not.ToBeEmptyAsync(new() { Timeout = 10_000 }),
            "the page's script to label the Measure button");
    }

    /// <summary>Presses Measure and waits for the measurement or the advice (the clicks take about 6 s).</summary>
    public async Task MeasureAsync()
    {
        await Measure.ClickAsync();
        await WaitAsync(
            () => Expect(Page.Locator("[data-testid=calibrate-result]:visible, [data-testid=calibrate-notice]:visible"))
                .ToHaveCountAsync(1, new() { Timeout = 30_000 }),
            "a measured delay or advice after pressing Measure");
    }

    /// <summary>The figure in milliseconds that <paramref name="figure"/> shows, e.g. <c>"187.5 ms"</c> or <c>"187.5ms"</c>.</summary>
    public static async Task<double> MillisecondsOfAsync(ILocator figure)
    {
        var text = await figure.TextContentAsync() ?? "";
        var match = MillisecondsPattern().Match(text);
        Assert.True(match.Success, $"\"{text}\" is not a delay in ms.");
        return double.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    /// <summary>The per-device delays the page stored in localStorage (device key → entry), empty when none.</summary>
    public async Task<Dictionary<string, JsonElement>> StoredDelaysAsync()
    {
        var json = await Page.EvaluateAsync<string?>($"() => localStorage.getItem('{StorageKey}')");
        return json is null ? [] : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
    }

    protected override async Task<string> DescribeAsync()
    {
        return $"status \"{await TextOf(Status)}\", result \"{await TextOf(ResultMs)}\" / \"{await TextOf(ResultClicks)}\", " +
            $"notice \"{await TextOf(Notice)}\", stored \"{await TextOf(StoredMs)}\" \"{await TextOf(StoredHow)}\".";
    }

    [GeneratedRegex(@"^\s*([\d,]+(?:\.\d+)?)\s*ms\s*$")]
    private static partial Regex MillisecondsPattern();
}
