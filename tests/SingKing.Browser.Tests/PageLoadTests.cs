using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>The page and everything it loads arrive intact from the host.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageLoadTests(SingKingServer server) : BrowserTest
{
    [Fact]
    public async Task Page_loads_without_console_errors_or_failed_requests()
    {
        var page = await Browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"{response.Status} for {response.Url}");
            }
        };

        var model = new LivePitchPageModel(page);
        await model.OpenAsync(server.BaseAddress);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(problems.Count == 0, "Loading the page went wrong: " + string.Join("; ", problems));
    }

    [Fact]
    public async Task Capture_worklet_module_is_served_as_JavaScript()
    {
        var page = await Browser.NewPageAsync();
        var model = new LivePitchPageModel(page);
        await model.OpenAsync(server.BaseAddress);

        // The worklet is loaded only on Start; find its hashed URL in the bundle the page loaded.
        var scriptUrl = await page.EvaluateAsync<string>("() => document.querySelector('script[type=module]').src");
        var bundle = await page.APIRequest.GetAsync(scriptUrl);
        var match = System.Text.RegularExpressions.Regex.Match(await bundle.TextAsync(), @"/assets/capture-worklet-[\w-]+\.js");
        Assert.True(match.Success, "The page's bundle does not name the capture worklet module.");
        var worklet = await page.APIRequest.GetAsync(new Uri(server.BaseAddress, match.Value).ToString());

        Assert.Equal(200, worklet.Status);
        Assert.StartsWith("text/javascript", worklet.Headers["content-type"]);
        Assert.Contains("registerProcessor", await worklet.TextAsync());
    }
}
