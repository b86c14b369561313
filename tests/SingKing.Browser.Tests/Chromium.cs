using Microsoft.Playwright;

namespace SingKing.Browser.Tests;

/// <summary>Launches the system's Chromium (Debian's /usr/bin/chromium) under Playwright; never downloads a browser.</summary>
public static class Chromium
{
    /// <summary>Where Debian's chromium package installs the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] CommonArgs =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // Audio must keep flowing in a page nobody is looking at.
        "--autoplay-policy=no-user-gesture-required",
    ];

    /// <summary>
    /// Launches Chromium whose microphone plays <paramref name="microphoneWav"/> once (then repeats its last buffer, so the
    /// file should end in silence) and grants microphone access without asking.
    /// </summary>
    public static Task<IBrowser> LaunchWithMicrophoneAsync(IPlaywright playwright, string microphoneWav) =>
        LaunchAsync(
            playwright,
            [
                "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
                $"--use-file-for-fake-audio-capture={microphoneWav}%noloop",
            ]);

    /// <summary>Launches Chromium with a fake microphone whose permission prompt nobody answers, so access is denied.</summary>
    public static Task<IBrowser> LaunchWithoutMicrophonePermissionAsync(IPlaywright playwright) =>
        LaunchAsync(playwright, ["--use-fake-device-for-media-stream"]);

    /// <summary>Launches Chromium for pages that never touch the microphone.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => LaunchAsync(playwright, []);

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright, string[] extraArgs)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ExecutablePath}. Install it with `sudo apt-get install chromium`.");
        }

        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = [.. CommonArgs, .. extraArgs],
        });
    }
}
