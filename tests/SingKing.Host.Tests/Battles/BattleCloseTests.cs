using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SingKing.Host.Battles;
using SingKing.Storage.Battles;
using SingKing.Storage.Leaderboards;

namespace SingKing.Host.Tests.Battles;

/// <summary>
/// Closing a week's battles on a fake clock: nothing before the deadline; after it, each battle's winner is its
/// board's top (the earlier take of equal scores), rebuilt from the database; no entries closes without a winner; a
/// second close writes nothing; and a host started over the same database after the deadline closes on start.
/// </summary>
public sealed class BattleCloseTests
{
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly WeekOf(BattleHost host) => BoardWeeks.WeekOf(host.Clock.GetUtcNow(), BoardWeeks.Seoul);

    private static TimeSpan Grace(BattleHost host) => host.Services.GetRequiredService<IOptions<BattleOptions>>().Value.CloseGrace;

    private static async Task ChooseAsync(BattleHost host, DateOnly week)
    {
        using var admin = await host.AdminAsync();
        using var answer = await admin.SendAsync(HttpMethod.Put, $"/api/battles/{Day(week)}", new { songIds = BattleHost.BattleSongs });
        Assert.True(answer.StatusCode == HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
    }

    /// <summary>Moves the clock to <paramref name="deadline"/> plus <paramref name="after"/>.</summary>
    private static void AdvanceTo(FakeTimeProvider clock, DateTimeOffset deadline, TimeSpan after) => clock.Advance(deadline + after - clock.GetUtcNow());

    [Fact]
    public async Task Before_the_deadline_nothing_is_fixed_and_after_it_the_boards_top_wins_ties_going_to_the_earlier_take()
    {
        await using var host = new BattleHost(BattleHost.ClockInWeekOf(DateTimeOffset.UtcNow));
        var week = WeekOf(host);
        var (from, to) = BoardWeeks.Span(week, BoardWeeks.Seoul);
        await ChooseAsync(host, week);
        var low = await host.SingerAsync("낮은점수");
        var early = await host.SingerAsync("먼저부른사람");
        var late = await host.SingerAsync("나중에부른사람");
        await host.SaveTakeAsync(low, "twinkle-twinkle", 9000, from.AddHours(1));
        await host.SaveTakeAsync(late, "twinkle-twinkle", 9500, from.AddHours(3));
        await host.SaveTakeAsync(early, "twinkle-twinkle", 9500, from.AddHours(2));
        await host.SaveTakeAsync(low, "arirang", 7000, from.AddHours(4));

        AdvanceTo(host.Clock, to, Grace(host) - TimeSpan.FromSeconds(1));
        var closedEarly = await host.Grain.CloseDueAsync();
        var resultsEarly = await host.Battles.ResultsAsync(week, CancellationToken.None);
        AdvanceTo(host.Clock, to, Grace(host) + TimeSpan.FromSeconds(1));
        var closed = await host.Grain.CloseDueAsync();

        Assert.Equal(0, closedEarly);
        Assert.Empty(resultsEarly);
        Assert.Equal(3, closed);
        var results = (await host.Battles.ResultsAsync(week, CancellationToken.None)).ToDictionary(r => r.SongId);
        Assert.Equal((early.Id, "먼저부른사람", 9500, from.AddHours(2)), (results["twinkle-twinkle"].WinnerSingerId, results["twinkle-twinkle"].WinnerDisplayName, results["twinkle-twinkle"].Score, results["twinkle-twinkle"].TakeEndedAt));
        Assert.Equal((low.Id, 7000), (results["arirang"].WinnerSingerId, results["arirang"].Score));
    }

    [Fact]
    public async Task A_battle_nobody_sang_closes_as_no_entries_and_the_history_shows_each_weeks_winners()
    {
        await using var host = new BattleHost(BattleHost.ClockInWeekOf(DateTimeOffset.UtcNow));
        var week = WeekOf(host);
        var (from, to) = BoardWeeks.Span(week, BoardWeeks.Seoul);
        await ChooseAsync(host, week);
        var singer = await host.SingerAsync("우승자");
        await host.SaveTakeAsync(singer, "arirang", 8800, from.AddHours(5));

        AdvanceTo(host.Clock, to, Grace(host) + TimeSpan.FromMinutes(1));
        await host.Grain.CloseDueAsync();
        using var browser = new Accounts.AccountClient(host.Factory);
        var history = await browser.GetJsonAsync("/api/battles/history");

        var results = (await host.Battles.ResultsAsync(week, CancellationToken.None)).ToDictionary(r => r.SongId);
        Assert.False(results["twinkle-twinkle"].HasWinner);
        Assert.False(results["ode-to-joy"].HasWinner);
        Assert.True(results["arirang"].HasWinner);
        var shown = Assert.Single(history.GetProperty("weeks").EnumerateArray());
        Assert.Equal(Day(week), shown.GetProperty("week").GetString());
        var battles = shown.GetProperty("battles").EnumerateArray().ToDictionary(b => b.GetProperty("songId").GetString()!);
        Assert.Equal("우승자", battles["arirang"].GetProperty("winner").GetProperty("displayName").GetString());
        Assert.Equal(8800, battles["arirang"].GetProperty("winner").GetProperty("score").GetInt32());
        Assert.True(battles["ode-to-joy"].GetProperty("closed").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, battles["ode-to-joy"].GetProperty("winner").ValueKind);
        Assert.Equal(1, history.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Closing_twice_writes_the_result_once_even_when_the_board_changed_meanwhile()
    {
        await using var host = new BattleHost(BattleHost.ClockInWeekOf(DateTimeOffset.UtcNow));
        var week = WeekOf(host);
        var (from, to) = BoardWeeks.Span(week, BoardWeeks.Seoul);
        await ChooseAsync(host, week);
        var first = await host.SingerAsync("첫우승자");
        await host.SaveTakeAsync(first, "twinkle-twinkle", 8000, from.AddHours(1));
        AdvanceTo(host.Clock, to, Grace(host) + TimeSpan.FromSeconds(1));
        await host.Grain.CloseDueAsync();
        var before = await host.Battles.ResultsAsync(week, CancellationToken.None);

        // A better take of that week appears (a late save) and its board is rebuilt to hold it.
        var later = await host.SingerAsync("늦은가수");
        await host.SaveTakeAsync(later, "twinkle-twinkle", 9900, from.AddHours(2));
        await host.Boards.RebuildAsync(BoardId.SongWeek("twinkle-twinkle", week), CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromHours(1));
        var closedAgain = await host.Grain.CloseDueAsync();

        Assert.Equal(0, closedAgain);
        Assert.Equal(before, await host.Battles.ResultsAsync(week, CancellationToken.None));
        Assert.Equal(first.Id, before.Single(r => r.SongId == "twinkle-twinkle").WinnerSingerId);
    }

    [Fact]
    public async Task The_reminder_is_set_for_the_weeks_end_and_after_a_tick_for_the_next_weeks()
    {
        await using var host = new BattleHost(BattleHost.ClockInWeekOf(DateTimeOffset.UtcNow));
        var week = WeekOf(host);
        var (_, to) = BoardWeeks.Span(week, BoardWeeks.Seoul);

        var afterStart = await host.Grain.NextCloseAsync();
        AdvanceTo(host.Clock, to, Grace(host) + TimeSpan.FromSeconds(1));
        await host.Grain.CloseDueAsync();
        var afterTick = await host.Grain.NextCloseAsync();

        Assert.Equal(to + Grace(host), afterStart);
        Assert.Equal(BoardWeeks.Span(week.AddDays(7), BoardWeeks.Seoul).To + Grace(host), afterTick);
    }

    [Fact]
    public async Task A_host_started_over_the_same_database_after_the_deadline_fixes_the_winner_on_start()
    {
        var folder = Path.Combine(Path.GetTempPath(), "singking-battle-restart-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "singking.db") }.ToString();
        try
        {
            var clock = BattleHost.ClockInWeekOf(DateTimeOffset.UtcNow);
            var week = BoardWeeks.WeekOf(clock.GetUtcNow(), BoardWeeks.Seoul);
            var (from, to) = BoardWeeks.Span(week, BoardWeeks.Seoul);
            long winnerId;
            TimeSpan grace;
            await using (var first = new BattleHost(clock, database))
            {
                await ChooseAsync(first, week);
                var winner = await first.SingerAsync("재시작우승자");
                winnerId = winner.Id;
                await first.SaveTakeAsync(winner, "ode-to-joy", 9100, from.AddHours(6));
                grace = Grace(first);
            }

            // Every host is down at the deadline; the next one starts a day later.
            var later = new FakeTimeProvider(to + grace + TimeSpan.FromDays(1));
            await using var second = new BattleHost(later, database);
            _ = second.Factory.Server;

            var results = (await second.Battles.ResultsAsync(week, CancellationToken.None)).ToDictionary(r => r.SongId);
            Assert.Equal(3, results.Count);
            Assert.Equal((winnerId, 9100), (results["ode-to-joy"].WinnerSingerId, results["ode-to-joy"].Score));
            Assert.False(results["arirang"].HasWinner);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
