using SingKing.Dsp.Audio;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>A microphone that hears nothing: the server finds no singing and the page says, in Korean, what to do.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TimbreSilenceTests(SingKingServer server) : BrowserTest
{
    protected override string CreateMicrophoneWav()
    {
        var path = Path.Combine(Path.GetTempPath(), $"singking-fake-microphone-{Guid.NewGuid():N}.wav");
        using var file = File.Create(path);
        WavWriter.Write(file, new float[15 * FakeMicrophoneWav.SampleRate], FakeMicrophoneWav.SampleRate);
        return path;
    }

    [Fact]
    public async Task Silent_recording_on_a_phone_asks_in_Korean_for_more_singing()
    {
        var context = await NewContextAsync("ko-KR", 390, 844);
        var page = new TimbrePageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);
        await Expect(page.Instruction).ToContainTextAsync("녹음 시작을 누르고");

        await page.RecordTheMinimumAsync();

        await page.WaitAsync(
            () => Expect(page.Notice).ToContainTextAsync("노랫소리가 충분히 들리지 않았습니다", new() { Timeout = 20_000 }),
            "the message that not enough singing was heard");
        await Expect(page.Notice).ToContainTextAsync("마이크에 더 가까이");
        await Expect(page.Result).ToBeHiddenAsync();
        await Expect(page.Start).ToBeVisibleAsync();
        Assert.True(await page.HorizontalOverflowAsync() <= 0, "The phone page scrolls sideways.");
        // Kept for looking at the layout by eye; not compared with anything.
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "timbre-not-enough-singing-390x844-ko-KR.png") });
    }
}
