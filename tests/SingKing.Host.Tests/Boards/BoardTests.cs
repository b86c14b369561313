using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SingKing.Host.Boards;
using SingKing.Host.Hubs;
using SingKing.Host.Tests.Accounts;
using SingKing.Host.Tests.Karaoke;
using SingKing.Host.Tests.Support;
using SingKing.Storage.Leaderboards;

namespace SingKing.Host.Tests.Boards;

/// <summary>
/// Saved takes enter the song, song-week and global-week boards; <c>GET /api/boards</c> shows them with display names,
/// the caller's rank and neighbours; an emptied store is rebuilt from the database; watchers are told live.
/// </summary>
[Collection(BoardsCollection.Name)]
public sealed class BoardTests(BoardsHostFixture fixture)
{
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(30);

    private ILeaderboardStore Store => fixture.Host.Factory.Services.GetRequiredService<ILeaderboardStore>();

    private async Task<(AccountClient Browser, long Id, string Name)> SingerAsync()
    {
        var browser = fixture.Host.NewClient();
        var name = "가수" + Guid.NewGuid().ToString("N")[..6];
        var id = await browser.SignUpNewAsync(displayName: name);
        return (browser, id, name);
    }

    private static async Task<SessionSummary> SingTwinkleAsync(AccountClient browser, bool practice = false)
    {
        await using var connection = await browser.ConnectAsync();
        return await AccountClient.SingAsync(connection, SongTakes.SingTwinkle(), SongTakes.TwinkleId, practice);
    }

    private static JsonElement? Row(JsonElement board, string name) =>
        board.GetProperty("top").EnumerateArray().Cast<JsonElement?>().FirstOrDefault(r => r!.Value.GetProperty("displayName").GetString() == name);

    [Theory]
    [InlineData("song")]
    [InlineData("songWeek")]
    [InlineData("week")]
    public async Task A_signed_in_singers_finished_take_enters_the_board_with_its_score(string kind)
    {
        var (browser, _, name) = await SingerAsync();
        using var _ = browser;
        var summary = await SingTwinkleAsync(browser);

        var board = await browser.GetJsonAsync($"/api/boards?kind={kind}&songId={SongTakes.TwinkleId}");

        var row = Row(board, name);
        Assert.NotNull(row);
        Assert.Equal((int)Math.Round(summary.Report!.Total), row.Value.GetProperty("score").GetDouble());
        Assert.True(row.Value.GetProperty("isMe").GetBoolean());
        Assert.Equal(name, board.GetProperty("me").GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task A_stored_score_that_the_takes_own_recording_does_not_reproduce_enters_no_board()
    {
        var (browser, _, _) = await SingerAsync();
        using var _ = browser;
        var summary = await SingTwinkleAsync(browser);
        var boards = fixture.Host.Factory.Services.GetRequiredService<Leaderboard>();
        var stored = await fixture.Host.Factory.Services.GetRequiredService<SingKing.Storage.Takes.ITakeStore>().GetAsync(summary.TakeId, default);
        // A row edited to a higher score, its report edited to match, so only the recording can tell.
        var forged = stored! with
        {
            TotalScore = 9999,
            ReportJson = System.Text.RegularExpressions.Regex.Replace(stored.ReportJson!, "\"total\":[0-9.]+", "\"total\":9999"),
        };

        var honest = await boards.EnterAsync(stored, default);
        var verdict = await boards.EnterAsync(forged, default);

        var chart = fixture.Host.Factory.Services.GetRequiredService<SingKing.Host.Songs.SongLibrary>().Find(SongTakes.TwinkleId)!.Chart;
        Assert.Equal(BoardVerdict.Enters, BoardGate.Judge(forged, chart)); // the row alone looks honest
        Assert.Equal(BoardVerdict.Enters, honest);
        Assert.Equal(BoardVerdict.ScoreNotReproduced, verdict);
    }

    [Fact]
    public async Task A_practice_pass_enters_no_board()
    {
        var (browser, _, name) = await SingerAsync();
        using var _ = browser;
        await SingTwinkleAsync(browser, practice: true);

        var board = await browser.GetJsonAsync($"/api/boards?kind=song&songId={SongTakes.TwinkleId}");

        Assert.Null(Row(board, name));
        Assert.Equal(JsonValueKind.Null, board.GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task A_take_that_stops_halfway_through_the_song_enters_no_board()
    {
        var (browser, _, name) = await SingerAsync();
        using var _ = browser;
        var whole = SongTakes.SingTwinkle();
        SessionSummary summary;
        await using (var connection = await browser.ConnectAsync())
            summary = await AccountClient.SingAsync(connection, whole[..(whole.Length / 2)], SongTakes.TwinkleId);

        var board = await browser.GetJsonAsync($"/api/boards?kind=song&songId={SongTakes.TwinkleId}");
        var stored = await fixture.Host.Factory.Services.GetTakeStore().GetAsync(summary.TakeId, CancellationToken.None);

        Assert.Null(Row(board, name));
        Assert.True(summary.Save?.Saved, "The take itself is saved; only the boards refuse it.");
        Assert.Equal(BoardVerdict.ShorterThanSungPart, BoardGate.Judge(stored!, SongTakes.Twinkle));
    }

    [Fact]
    public async Task A_rebuild_leaves_out_a_take_whose_stored_score_its_report_does_not_give()
    {
        var (other, _, otherName) = await SingerAsync();
        using var __ = other;
        await SingTwinkleAsync(other);
        var (browser, _, name) = await SingerAsync();
        using var _ = browser;
        var summary = await SingTwinkleAsync(browser);
        var takes = fixture.Host.Factory.Services.GetTakeStore();
        var stored = await takes.GetAsync(summary.TakeId, CancellationToken.None);
        await takes.SaveAsync(stored! with { TotalScore = 10_000 }, CancellationToken.None);

        await Store.ReplaceAsync(BoardId.Song(SongTakes.TwinkleId), [], CancellationToken.None);
        var board = await browser.GetJsonAsync($"/api/boards?kind=song&songId={SongTakes.TwinkleId}");

        Assert.Null(Row(board, name));
        Assert.NotNull(Row(board, otherName));
    }

    [Fact]
    public async Task The_board_names_singers_but_never_shows_their_take_ids()
    {
        var (singer, _, _) = await SingerAsync();
        using var __ = singer;
        var summary = await SingTwinkleAsync(singer);
        using var stranger = fixture.Host.NewClient().WithAnonymousId(HostFixture.NewSingerId());

        using var response = await stranger.Http.GetAsync($"/api/boards?kind=week");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(summary.TakeId, text);
        Assert.DoesNotContain("takeId", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_caller_sees_their_rank_with_two_singers_above_and_two_below()
    {
        // A week long past holds only what this test offers, with real singers.
        var board = BoardId.SongWeek(SongTakes.TwinkleId, new DateOnly(2021, 3, 1));
        var singers = new List<(AccountClient Browser, long Id, string Name)>();
        for (var i = 0; i < 7; i++)
            singers.Add(await SingerAsync());
        for (var i = 0; i < singers.Count; i++)
            await Store.OfferAsync(board, new BoardEntry(singers[i].Id, $"t{i}", 9000 - i * 100, new DateTimeOffset(2021, 3, 2, 0, 0, 0, TimeSpan.Zero)), CancellationToken.None);
        var me = singers[3];

        var view = await me.Browser.GetJsonAsync($"/api/boards?kind=songWeek&songId={SongTakes.TwinkleId}&week=2021-03-03");

        Assert.Equal(4, view.GetProperty("me").GetProperty("rank").GetInt32());
        Assert.Equal([2, 3, 4, 5, 6], view.GetProperty("around").EnumerateArray().Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Equal([.. singers[1..6].Select(s => s.Name)], view.GetProperty("around").EnumerateArray().Select(r => r.GetProperty("displayName").GetString()));
        Assert.Equal("2021-03-01", view.GetProperty("week").GetString());
        Assert.Equal(new DateTimeOffset(2021, 2, 28, 15, 0, 0, TimeSpan.Zero), view.GetProperty("from").GetDateTimeOffset());
        foreach (var singer in singers)
            singer.Browser.Dispose();
    }

    [Fact]
    public async Task A_board_flushed_from_the_store_is_rebuilt_from_the_database_with_the_same_ranking()
    {
        var (browser, _, _) = await SingerAsync();
        using var _ = browser;
        await SingTwinkleAsync(browser);
        var path = $"/api/boards?kind=song&songId={SongTakes.TwinkleId}";
        var before = Ranking(await browser.GetJsonAsync(path));

        await Store.ReplaceAsync(BoardId.Song(SongTakes.TwinkleId), [], CancellationToken.None);
        var after = Ranking(await browser.GetJsonAsync(path));

        Assert.NotEmpty(before);
        Assert.Equal(before, after);
    }

    private static List<string> Ranking(JsonElement board) =>
        [.. board.GetProperty("top").EnumerateArray().Select(r => $"{r.GetProperty("rank").GetInt32()} {r.GetProperty("displayName").GetString()} {r.GetProperty("score").GetDouble()}")];

    [Fact]
    public async Task A_page_watching_a_board_is_told_when_another_singers_take_enters_it()
    {
        await using var watcher = await BoardWatcher.ConnectAsync(fixture.Host.Factory);
        var key = await watcher.WatchAsync("songWeek", SongTakes.TwinkleId);
        var (browser, _, _) = await SingerAsync();
        using var _ = browser;

        await SingTwinkleAsync(browser);

        Assert.Equal(key, await watcher.NextChangeAsync(key, PushTimeout));
    }

    [Theory]
    [InlineData("kind=song")]
    [InlineData("kind=everything")]
    [InlineData("kind=week&week=last-monday")]
    public async Task A_request_that_names_no_board_is_a_400(string query)
    {
        using var browser = fixture.Host.NewClient().WithAnonymousId(HostFixture.NewSingerId());

        using var response = await browser.Http.GetAsync($"/api/boards?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
