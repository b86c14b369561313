using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SingKing.Host.Tests.Accounts;
using SingKing.Storage.Leaderboards;

namespace SingKing.Host.Tests.Battles;

/// <summary>
/// The battle API: only a configured admin chooses a week's songs (401 anonymous, 403 others, revoked when the name
/// leaves the configuration), the choice's rules, and the current battle with its boards and countdown.
/// </summary>
public sealed class BattleApiTests(BattleApiFixture fixture) : IClassFixture<BattleApiFixture>
{
    private BattleHost Host => fixture.Host;

    private DateOnly ThisWeek => BoardWeeks.WeekOf(Host.Clock.GetUtcNow(), BoardWeeks.Seoul);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static Task<HttpResponseMessage> ChooseAsync(AccountClient browser, DateOnly week, params string[] songIds) =>
        browser.SendAsync(HttpMethod.Put, $"/api/battles/{Day(week)}", new { songIds });

    [Fact]
    public async Task An_anonymous_caller_gets_401_and_a_singer_who_is_not_an_admin_403()
    {
        using var anonymous = new AccountClient(Host.Factory);
        using var singer = new AccountClient(Host.Factory);
        await singer.SignUpNewAsync();

        using var anonymousAnswer = await ChooseAsync(anonymous, ThisWeek, BattleHost.BattleSongs);
        using var singerAnswer = await ChooseAsync(singer, ThisWeek, BattleHost.BattleSongs);
        using var singerRead = await singer.Http.GetAsync($"/api/battles/{Day(ThisWeek)}");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymousAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, singerAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, singerRead.StatusCode);
    }

    [Fact]
    public async Task An_admin_chooses_next_weeks_songs_and_reads_them_back_with_titles()
    {
        using var admin = await Host.AdminAsync();
        var nextWeek = ThisWeek.AddDays(7);

        using var answer = await ChooseAsync(admin, nextWeek.AddDays(3), "ode-to-joy", "arirang", "twinkle-twinkle");
        var read = await admin.GetJsonAsync($"/api/battles/{Day(nextWeek)}");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(Day(nextWeek), read.GetProperty("week").GetString());
        var battles = read.GetProperty("battles").EnumerateArray().ToList();
        Assert.Equal(["ode-to-joy", "arirang", "twinkle-twinkle"], battles.Select(b => b.GetProperty("songId").GetString()));
        Assert.Equal([1, 2, 3], battles.Select(b => b.GetProperty("slot").GetInt32()));
        Assert.All(battles, b => Assert.False(string.IsNullOrEmpty(b.GetProperty("title").GetString())));
        Assert.All(battles, b => Assert.False(b.GetProperty("closed").GetBoolean()));
    }

    [Fact]
    public async Task Removing_an_admins_name_from_the_configuration_revokes_at_the_next_request()
    {
        using var admin = await Host.AdminAsync();
        var configuration = (IConfigurationRoot)Host.Services.GetRequiredService<IConfiguration>();
        using (var before = await admin.Http.GetAsync($"/api/battles/{Day(ThisWeek)}"))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        try
        {
            configuration["Accounts:Admins:0"] = "somebody-else";
            configuration.Reload();

            using var after = await admin.Http.GetAsync($"/api/battles/{Day(ThisWeek)}");
            Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
            Assert.False((await admin.GetJsonAsync("/api/battles/current")).GetProperty("isAdmin").GetBoolean());
        }
        finally
        {
            configuration["Accounts:Admins:0"] = BattleHost.AdminUserName;
            configuration.Reload();
        }
    }

    [Theory]
    [InlineData(new[] { "twinkle-twinkle", "arirang" }, "needThreeSongs")]
    [InlineData(new[] { "twinkle-twinkle", "arirang", "ode-to-joy", "jingle-bells" }, "needThreeSongs")]
    [InlineData(new[] { "twinkle-twinkle", "arirang", "twinkle-twinkle" }, "duplicateSong")]
    [InlineData(new[] { "twinkle-twinkle", "arirang", "no-such-song" }, "unknownSong")]
    public async Task A_choice_that_is_not_three_different_songs_of_the_library_is_a_400_that_says_why(string[] songIds, string code)
    {
        using var admin = await Host.AdminAsync();

        using var answer = await ChooseAsync(admin, ThisWeek.AddDays(14), songIds);

        var problem = await ProblemAsync(answer, HttpStatusCode.BadRequest);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Empty(await Host.Battles.SongsAsync(ThisWeek.AddDays(14), CancellationToken.None));
    }

    [Fact]
    public async Task A_past_week_cannot_be_chosen()
    {
        using var admin = await Host.AdminAsync();

        using var answer = await ChooseAsync(admin, ThisWeek.AddDays(-1), BattleHost.BattleSongs);

        Assert.Equal("pastWeek", (await ProblemAsync(answer, HttpStatusCode.BadRequest)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_week_that_is_not_a_date_is_a_400()
    {
        using var admin = await Host.AdminAsync();

        using var answer = await admin.SendAsync(HttpMethod.Put, "/api/battles/next-week", new { songIds = BattleHost.BattleSongs });

        Assert.Equal("badWeek", (await ProblemAsync(answer, HttpStatusCode.BadRequest)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_choice_without_the_antiforgery_token_is_refused()
    {
        using var admin = await Host.AdminAsync();

        using var answer = await admin.SendAsync(HttpMethod.Put, $"/api/battles/{Day(ThisWeek.AddDays(21))}", new { songIds = BattleHost.BattleSongs }, withToken: false);

        Assert.Equal("antiforgery", (await ProblemAsync(answer, HttpStatusCode.BadRequest)).GetProperty("code").GetString());
        Assert.Empty(await Host.Battles.SongsAsync(ThisWeek.AddDays(21), CancellationToken.None));
    }

    [Fact]
    public async Task The_current_battle_shows_the_three_songs_with_their_boards_the_callers_row_and_the_weeks_end()
    {
        using var admin = await Host.AdminAsync();
        using (var chosen = await ChooseAsync(admin, ThisWeek, BattleHost.BattleSongs))
            Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        using var singer = new AccountClient(Host.Factory);
        var singerId = await singer.SignUpNewAsync(displayName: "배틀가수");
        var me = (await Host.Services.GetSingerStore().GetAsync(singerId, CancellationToken.None))!;
        // A board entry for the singer on the first battle's board: what a take of the week leaves there.
        await Host.Services.GetRequiredService<ILeaderboardStore>().OfferAsync(
            BoardId.SongWeek(BattleHost.BattleSongs[0], ThisWeek),
            new BoardEntry(me.Id, "t-" + Guid.NewGuid().ToString("N"), 8123, Host.Clock.GetUtcNow().AddHours(-1)),
            CancellationToken.None);

        var current = await singer.GetJsonAsync("/api/battles/current");

        var (from, to) = BoardWeeks.Span(ThisWeek, BoardWeeks.Seoul);
        Assert.Equal(Day(ThisWeek), current.GetProperty("week").GetString());
        Assert.Equal(to, current.GetProperty("to").GetDateTimeOffset());
        Assert.Equal(from, current.GetProperty("from").GetDateTimeOffset());
        Assert.Equal(Host.Clock.GetUtcNow(), current.GetProperty("serverTime").GetDateTimeOffset());
        Assert.False(current.GetProperty("isAdmin").GetBoolean());
        var songs = current.GetProperty("songs").EnumerateArray().ToList();
        Assert.Equal(BattleHost.BattleSongs, songs.Select(s => s.GetProperty("songId").GetString()));
        Assert.All(songs, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("artist").GetString())));
        var board = songs[0].GetProperty("board");
        Assert.Equal("songWeek", board.GetProperty("kind").GetString());
        Assert.InRange(board.GetProperty("top").GetArrayLength(), 1, 10);
        Assert.Equal(8123, board.GetProperty("me").GetProperty("score").GetDouble());
        Assert.Equal("배틀가수", board.GetProperty("me").GetProperty("displayName").GetString());
        Assert.True((await admin.GetJsonAsync("/api/battles/current")).GetProperty("isAdmin").GetBoolean());
    }
}
