using System.Net.Http.Json;
using System.Text.Json;
using SingKing.Dsp.Audio;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>Adding a song through the upload page, against the real server (whose uploads go to the fixture's temporary data folder).</summary>
[Collection(BrowserCollection.Name)]
public sealed class SongUploadTests(SingKingServer server) : BrowserTest
{
    private static string Chart(string title) => $"""
        #VERSION:1.0.0
        #TITLE:{title}
        #ARTIST:A Singer
        #LANGUAGE:English
        #BPM:120
        #GAP:500
        #AUDIO:song.wav
        : 0 4 0 Hel
        : 4 4 4 lo
        - 10
        * 12 8 7 world
        E
        """;

    private static byte[] Wav()
    {
        var samples = new float[16_000];
        for (var i = 0; i < samples.Length; i++)
            samples[i] = 0.3f * MathF.Sin(2 * MathF.PI * 440 * i / 16_000f);
        using var stream = new MemoryStream();
        WavWriter.Write(stream, samples, 16_000);
        return stream.ToArray();
    }

    [Fact]
    public async Task A_valid_chart_and_WAV_are_added_with_a_link_to_sing_the_song_and_join_the_catalogue()
    {
        var title = "Upload " + Guid.NewGuid().ToString("N")[..8];
        var page = await OpenAsync("en-US");

        await page.UploadAsync(Chart(title), Wav());
        await page.WaitForVerdictAsync();

        await Expect(page.Added).ToHaveTextAsync($"“{title}” is in the library.");
        // Kept for looking at the result by eye; not compared with anything.
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "upload-added-1280x800-en-US.png"), FullPage = true });
        await Expect(page.Warnings).ToBeHiddenAsync();
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var catalogue = await http.GetFromJsonAsync<JsonElement>("/api/songs?search=" + Uri.EscapeDataString(title));
        var song = Assert.Single(catalogue.EnumerateArray());
        Assert.True(song.GetProperty("uploaded").GetBoolean());
        await Expect(page.Sing).ToHaveAttributeAsync("href", "/karaoke?song=" + song.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Chart_warnings_are_listed_with_their_lines_and_the_song_is_added()
    {
        var overlapping = Chart("Overlap " + Guid.NewGuid().ToString("N")[..8]).Replace(": 4 4 4 lo", ": 2 4 4 lo", StringComparison.Ordinal);
        var page = await OpenAsync("en-US");

        await page.UploadAsync(overlapping, Wav());
        await page.WaitForVerdictAsync();

        await Expect(page.Added).ToBeVisibleAsync();
        await Expect(page.Warnings.Locator("li")).ToHaveCountAsync(1);
        await Expect(page.Warnings.Locator("li")).ToContainTextAsync("Line 9");
        await Expect(page.Warnings.Locator("li")).ToContainTextAsync("overlaps");
    }

    [Fact]
    public async Task A_broken_chart_shows_each_error_with_its_line_in_Korean_and_keeps_the_form_filled()
    {
        var broken = Chart("Broken").Replace(": 4 4 4 lo", ": 4 x 4 lo", StringComparison.Ordinal).Replace("#BPM:120", "#BPM:fast", StringComparison.Ordinal);
        var page = await OpenAsync("ko-KR", 390, 844);

        await page.UploadAsync(broken, Wav());
        await page.WaitForVerdictAsync();

        await Expect(page.Errors).ToContainTextAsync("악보에 오류가 있습니다");
        await Expect(page.Errors.Locator("li[data-line='5']")).ToContainTextAsync("5번째 줄");
        await Expect(page.Errors.Locator("li[data-line='5']")).ToContainTextAsync("BPM");
        await Expect(page.Errors.Locator("li[data-line='9']")).ToContainTextAsync("9번째 줄");
        await Expect(page.Page.GetByTestId("upload-result")).ToBeHiddenAsync();
        Assert.Equal("song.txt", await page.Chart.EvaluateAsync<string>("input => input.files[0]?.name ?? ''"));
        Assert.Equal("song.wav", await page.Audio.EvaluateAsync<string>("input => input.files[0]?.name ?? ''"));
    }

    [Fact]
    public async Task Without_an_audio_file_the_page_asks_for_one_and_sends_nothing()
    {
        var page = await OpenAsync("en-US");
        var posts = 0;
        page.Page.Request += (_, request) => posts += request.Method == "POST" ? 1 : 0;

        await page.UploadAsync(Chart("No audio"), audio: null);

        await Expect(page.Notice).ToHaveTextAsync("Choose the audio file (WAV, MP3 or OGG).");
        Assert.Equal(0, posts);
    }

    [Theory]
    [InlineData(390, 844, "ko-KR")]
    [InlineData(1280, 800, "en-US")]
    public async Task Page_fits_the_screen_without_sideways_scrolling(int width, int height, string locale)
    {
        var page = await OpenAsync(locale, width, height);
        var broken = Chart("Broken " + width).Replace(": 4 4 4 lo", ": 4 x 4 lo", StringComparison.Ordinal);
        await page.UploadAsync(broken, Wav());
        await page.WaitForVerdictAsync();
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, $"upload-errors-{width}x{height}-{locale}.png"), FullPage = true });

        var overflow = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"At {width}×{height} ({locale}) the upload page is {overflow} px wider than the screen.");
        await Expect(page.Submit).ToBeInViewportAsync();
    }

    private async Task<SongUploadPageModel> OpenAsync(string locale, int width = 1280, int height = 800)
    {
        var context = await NewContextAsync(locale, width, height);
        var page = new SongUploadPageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress);
        return page;
    }
}
