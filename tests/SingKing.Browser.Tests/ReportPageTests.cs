using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using SingKing.Dsp.Synthesis;
using static Microsoft.Playwright.Assertions;

namespace SingKing.Browser.Tests;

/// <summary>
/// The take report in a browser against the real host: a rendered take of "Twinkle, Twinkle, Little Star" with its
/// second line sung a minor third sharp is sung through the hub with the browser's singer cookie, then its report is
/// opened. The fake microphone holds F4, the first two notes of that line ("How I"), for the practice loop.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportPageTests(SingKingServer server) : BrowserTest
{
    /// <summary>The chart note ids of the off-key line's first two notes, both F4 (twinkle's notes 7 and 8).</summary>
    private static readonly int[] HeldNoteIds = [7, 8];

    protected override string CreateMicrophoneWav() => FakeMicrophoneWav.Sing(("F4", 25.0), (SingingVoice.Rest, 1.0));

    [Fact]
    public async Task Report_shows_scores_advice_both_graphs_a_replay_and_the_off_key_line_to_practise()
    {
        var page = await OpenAsync("en-US");

        await Expect(page.Total).ToHaveTextAsync(new Regex(@"^\d{1,5}$"));
        await Expect(page.Rating).ToHaveTextAsync(new Regex("Tone Deaf|Amateur|Wannabe|Hopeful|Rising Star|Lead Singer|Superstar|Ultrastar"));
        await Expect(page.PractiseButton(ReportTakes.OffKeyLine)).ToBeVisibleAsync();
        await Expect(page.Phrases.Locator("tbody tr")).ToHaveCountAsync(6);
        await Expect(page.Roll).ToHaveAttributeAsync("data-drawn", "true");
        Assert.True(await page.InkedPixelsAsync(page.Roll) > 1000, "the piano roll is blank");
        Assert.True(await page.InkedPixelsAsync(page.Timing) > 500, "the timing graph is blank");
        Assert.True(int.Parse(await page.Roll.GetAttributeAsync("data-sung-points") ?? "0") > 100, "no sung pitch was drawn");
        await page.WaitAsync(
            () => Expect(page.Replay).ToHaveJSPropertyAsync("readyState", 4, new() { Timeout = 10_000 }),
            "the replay to load");
        Assert.True(await page.Replay.EvaluateAsync<double>("a => a.duration") > 20, "the replay is shorter than the take");
    }

    [Fact]
    public async Task Report_gives_advice_worded_from_its_measurements()
    {
        var page = await OpenAsync("en-US");
        var take = await ReportTakes.OffKeyTwinkleAsync(Browser, server.BaseAddress);

        await Expect(page.Body).ToBeVisibleAsync();

        // The take is sung by the synthesizer on the chart's time with one line off, so what is advised depends on the
        // scorer; each item must be a worded sentence, never a code.
        var advice = await page.Advice.AllTextContentsAsync();
        Assert.NotEmpty(advice);
        Assert.All(advice, sentence => Assert.Matches(@"^[A-Z].{15,}[.]$", sentence));
        Assert.DoesNotContain(advice, sentence => sentence.Contains('{'));
        Assert.Equal(take.Summary.Report!.Total, double.Parse(await page.Total.TextContentAsync() ?? ""), 0.5);
    }

    [Fact]
    public async Task Zoom_buttons_narrow_and_widen_both_graphs_together()
    {
        var page = await OpenAsync("en-US");
        await Expect(page.Roll).ToHaveAttributeAsync("data-drawn", "true");
        var whole = SpanOf(await page.Roll.GetAttributeAsync("data-view"));

        await page.Page.GetByTestId("report-zoom-in").ClickAsync();

        await page.WaitAsync(
            () => page.Page.WaitForFunctionAsync(
                $"() => parseFloat(document.querySelector('[data-testid=report-roll]').dataset.view.split('+')[1]) < {whole * 0.6}",
                null,
                new() { Timeout = 5_000 }),
            "zoom in to halve the span shown");
        Assert.Equal(await page.Roll.GetAttributeAsync("data-view"), await page.Timing.GetAttributeAsync("data-view"));

        await page.Page.GetByTestId("report-zoom-all").ClickAsync();

        await page.WaitAsync(
            () => page.Page.WaitForFunctionAsync(
                $"() => parseFloat(document.querySelector('[data-testid=report-roll]').dataset.view.split('+')[1]) > {whole * 0.99}",
                null,
                new() { Timeout = 5_000 }),
            "the whole song to be shown again");
    }

    [Fact]
    public async Task A_later_take_shows_the_earlier_one_beside_it_with_arrows()
    {
        var first = await ReportTakes.OffKeyTwinkleAsync(Browser, server.BaseAddress);
        // The same singer sings the song again, every line on pitch this time.
        var second = await ReportTakes.SingAsync(server.BaseAddress, first.SingerId, _ => 0);
        var context = await ReportTakes.ContextOfAsync(Browser, server.BaseAddress, second, "en-US");
        var page = new ReportPageModel(await context.NewPageAsync());

        await page.OpenAsync(server.BaseAddress, second.TakeId);

        var previous = page.Page.GetByTestId("report-previous");
        await page.WaitAsync(() => Expect(previous).ToBeVisibleAsync(new() { Timeout = 15_000 }), "the previous take beside the report");
        await Expect(previous).ToContainTextAsync("Previous take");
        await Expect(page.Page.GetByTestId("report-previous-total")).ToContainTextAsync(new Regex(@"^\d+"));
        await Expect(page.Page.GetByTestId("report-previous-pitch-trend")).ToHaveAttributeAsync("data-trend", new Regex("up|down|same"));
        await Expect(page.Page.GetByTestId("report-previous-rhythm-trend")).ToBeVisibleAsync();
        await Expect(page.Page.GetByTestId("report-previous-lyrics-trend")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Clicking_the_piano_roll_moves_the_replay_to_that_song_time()
    {
        var page = await OpenAsync("en-US");
        await page.WaitAsync(() => Expect(page.Replay).ToHaveJSPropertyAsync("readyState", 4, new() { Timeout = 10_000 }), "the replay to load");
        var box = (await page.Roll.BoundingBoxAsync())!;

        await page.Roll.ClickAsync(new() { Position = new() { X = (float)(box.Width * 0.75), Y = (float)(box.Height / 2) } });

        // The whole song is in view at first, from a second before its first note (2.4 s) to a second after its last
        // (31.2 s): three quarters of the way across is song time 24.8 s, and the take's audio starts at song time 0.
        await page.WaitAsync(
            () => page.Page.WaitForFunctionAsync(
                "() => { const t = document.querySelector('[data-testid=report-replay]').currentTime; return t > 23.5 && t < 26; }",
                null,
                new() { Timeout = 5_000 }),
            "the replay to jump to the clicked song time");
    }

    [Fact]
    public async Task Practising_the_off_key_line_colours_its_notes_live_and_loops_until_the_singer_moves_on()
    {
        var page = await OpenAsync("en-US");

        await page.PractiseButton(ReportTakes.OffKeyLine).ClickAsync();

        await Expect(page.Practice).ToBeVisibleAsync();
        await page.WaitAsync(
            () => Expect(page.PracticeNote(HeldNoteIds[0])).ToHaveClassAsync(new Regex(@"\bis-hit\b"), new() { Timeout = 30_000 }),
            "the held F4 to colour the line's first note as hit");
        await Expect(page.PracticeNote(HeldNoteIds[1])).ToHaveClassAsync(new Regex(@"\bis-hit\b"));
        // Only two of the line's seven notes are sung, so the pass falls short of 80 and the line comes round again.
        await page.WaitAsync(
            () => Expect(page.PracticePasses.First).ToContainTextAsync("Pass 1:", new() { Timeout = 30_000 }),
            "the first pass's result");
        await Expect(page.PracticePasses.First).Not.ToHaveAttributeAsync("data-rating", new Regex("great|perfect"));
        await Expect(page.Page.GetByTestId("practice-status")).ToContainTextAsync(new Regex("Once more|Listen in|Sing now"));
        await ScreenshotAsync(page, "report-practice-1280x800-en-US.png");

        await page.MoveOn.ClickAsync();

        await Expect(page.Practice).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_take_still_being_sung_shows_its_report_by_itself_once_it_ends()
    {
        var singerId = await ReportTakes.NewSingerAsync(Browser, server.BaseAddress);
        var samples = await ReportTakes.RenderAsync(server.BaseAddress, _ => 0);
        await using var connection = await ReportTakes.ConnectAsync(server.BaseAddress, singerId);
        var takeId = await ReportTakes.StartAsync(connection);
        // The first line only (it ends at 7.2 s), then the take stays open.
        await ReportTakes.StreamAsync(connection, samples[..(16_000 * 8)]);
        var context = await ReportTakes.ContextOfAsync(Browser, server.BaseAddress, singerId, "en-US");
        var page = new ReportPageModel(await context.NewPageAsync());

        await page.OpenAsync(server.BaseAddress, takeId);

        await Expect(page.Page.GetByTestId("report-status")).ToContainTextAsync("still being");
        await Expect(page.Body).ToBeHiddenAsync();

        await connection.InvokeAsync<SingKing.Host.Hubs.SessionSummary>("endSession");

        await page.WaitAsync(() => Expect(page.Body).ToBeVisibleAsync(new() { Timeout = 15_000 }), "the report once the take ended");
        await Expect(page.Total).ToHaveTextAsync(new Regex(@"^\d{1,5}$"));
    }

    [Fact]
    public async Task Replay_moves_the_playhead_with_the_song_time()
    {
        var page = await OpenAsync("en-US");
        await page.WaitAsync(() => Expect(page.Replay).ToHaveJSPropertyAsync("readyState", 4, new() { Timeout = 10_000 }), "the replay to load");

        await page.Replay.EvaluateAsync("a => { a.currentTime = 10; return a.play(); }");

        // The playhead is drawn at the audio's time plus the song time its first sample is at (0 for this take).
        await page.WaitAsync(
            () => page.Page.WaitForFunctionAsync(
                "() => { const a = document.querySelector('[data-testid=report-replay]'); const p = parseFloat(document.querySelector('[data-testid=report-roll]').dataset.playhead); return a.currentTime > 10.5 && Math.abs(p - a.currentTime) < 0.25; }",
                null,
                new() { Timeout = 10_000 }),
            "the playhead to follow the playing replay");
        await page.Replay.EvaluateAsync("a => a.pause()");
    }

    [Fact]
    public async Task An_unknown_take_says_there_is_no_such_take()
    {
        var context = await NewContextAsync("en-US");
        var page = new ReportPageModel(await context.NewPageAsync());

        await page.OpenAsync(server.BaseAddress, "0123456789abcdef0123456789abcdef");

        await Expect(page.Error).ToContainTextAsync("There is no take with this link");
        await Expect(page.Body).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Report_reads_in_Korean_on_a_phone_as_a_list_without_sideways_scrolling()
    {
        var page = await OpenAsync("ko-KR", 390, 844);

        await Expect(page.Page.GetByTestId("report-heading").Or(page.Page.Locator("#report-heading"))).ToHaveTextAsync("노래 분석 리포트");
        await Expect(page.Rating).ToHaveTextAsync(new Regex("음치|아마추어|워너비|유망주|떠오르는 스타|리드 싱어|슈퍼스타|울트라스타"));
        await Expect(page.PractiseButton(ReportTakes.OffKeyLine)).ToHaveTextAsync("이 구간 연습");
        await Expect(page.Phrases.Locator("thead")).ToBeHiddenAsync();
        await Expect(page.Phrases.Locator(".report-phrases__label").First).ToBeVisibleAsync();
        Assert.Equal(0, await page.SidewaysOverflowAsync());
        var roll = (await page.Roll.BoundingBoxAsync())!;
        Assert.True(roll.Width <= 390 && roll.Width > 300, $"the piano roll is {roll.Width} px wide on a 390 px phone");
        await ScreenshotAsync(page, "report-390x844-ko-KR.png");
    }

    [Fact]
    public async Task Report_fits_a_desktop_and_switches_language_in_place()
    {
        var page = await OpenAsync("en-US");
        await Expect(page.PractiseButton(ReportTakes.OffKeyLine)).ToHaveTextAsync("Practise this");

        await page.Page.GetByTestId("lang-ko").ClickAsync();

        await Expect(page.PractiseButton(ReportTakes.OffKeyLine)).ToHaveTextAsync("이 구간 연습");
        await Expect(page.Phrases.Locator("thead")).ToBeVisibleAsync();
        Assert.Equal(0, await page.SidewaysOverflowAsync());
        await ScreenshotAsync(page, "report-1280x800-ko.png");
    }

    private static double SpanOf(string? view) =>
        double.Parse(view!.Split('+')[1], System.Globalization.CultureInfo.InvariantCulture);

    private async Task<ReportPageModel> OpenAsync(string locale, int width = 1280, int height = 800)
    {
        var take = await ReportTakes.OffKeyTwinkleAsync(Browser, server.BaseAddress);
        var context = await ReportTakes.ContextOfAsync(Browser, server.BaseAddress, take, locale, width, height);
        var page = new ReportPageModel(await context.NewPageAsync());
        await page.OpenAsync(server.BaseAddress, take.TakeId);
        await page.WaitAsync(() => Expect(page.Body).ToBeVisibleAsync(new() { Timeout = 15_000 }), "the report to load");
        return page;
    }

    /// <summary>Kept for looking at the layout by eye; not compared with anything.</summary>
    private static async Task ScreenshotAsync(ReportPageModel page, string name)
    {
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, name), FullPage = true });
    }
}
