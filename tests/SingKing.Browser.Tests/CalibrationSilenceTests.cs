using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>The calibration page when the microphone hears nothing (speakers off, or headphones on).</summary>
[Collection(BrowserCollection.Name)]
public sealed class CalibrationSilenceTests(SingKingServer server) : BrowserTest
{
    protected override string CreateMicrophoneWav() => CalibrationMicrophone.Silence();

    [Theory]
    [InlineData("en-US", "Could not hear the clicks", "Headphones keep the clicks from the microphone")]
    [InlineData("ko-KR", "클릭 소리를 듣지 못했습니다", "이어폰 없이 보정하세요")]
    public async Task A_silent_microphone_gets_advice_and_nothing_is_stored(string locale, string advice, string headphones)
    {
        var context = await NewContextAsync(locale, 390, 844);
        var page = new CalibrationPageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);

        await page.MeasureAsync();

        await Expect(page.Notice).ToContainTextAsync(advice);
        await Expect(page.Notice).ToContainTextAsync(headphones);
        await Expect(page.Result).ToBeHiddenAsync();
        Assert.Empty(await page.StoredDelaysAsync());
        await Expect(page.StoredNone).ToBeVisibleAsync();
        await Expect(page.Measure).ToBeEnabledAsync();
    }
}
