using Microsoft.Playwright;

namespace SingKing.Browser.Tests;

/// <summary>
/// A class of browser tests with its own Chromium, launched before its tests and closed after them, and, when it
/// sings, its own fake microphone WAV (Chromium fixes the fake microphone per launch).
/// </summary>
public abstract class BrowserTest : IAsyncLifetime
{
    private IPlaywright? playwright;
    private string? microphoneWav;

    /// <summary>The launched browser.</summary>
    protected IBrowser Browser { get; private set; } = null!;

    /// <summary>Writes the WAV this class's fake microphone plays, or returns null for a browser without one.</summary>
    protected virtual string? CreateMicrophoneWav() => null;

    /// <summary>Launches Chromium, with <paramref name="microphoneWav"/> as its microphone when there is one.</summary>
    protected virtual Task<IBrowser> LaunchAsync(IPlaywright playwright, string? microphoneWav) =>
        microphoneWav is null
            ? Chromium.LaunchAsync(playwright)
            : Chromium.LaunchWithMicrophoneAsync(playwright, microphoneWav);

    /// <summary>
    /// A new browser context in <paramref name="locale"/> with a viewport of <paramref name="width"/> ×
    /// <paramref name="height"/> CSS px; below 600 px wide it is a phone (touch, mobile, 2× pixels).
    /// </summary>
    protected Task<IBrowserContext> NewContextAsync(string locale, int width = 1280, int height = 800) =>
        Browser.NewContextAsync(new()
        {
            Locale = locale,
            ViewportSize = new() { Width = width, Height = height },
            IsMobile = width < 600,
            HasTouch = width < 600,
            DeviceScaleFactor = width < 600 ? 2 : 1,
        });

    public async Task InitializeAsync()
    {
        microphoneWav = CreateMicrophoneWav();
        playwright = await Playwright.CreateAsync();
        Browser = await LaunchAsync(playwright, microphoneWav);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        playwright?.Dispose();
        if (microphoneWav is not null)
            File.Delete(microphoneWav);
    }
}
