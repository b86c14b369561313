using System.Net;
using System.Text.Json;
using SingKing.Host.Hubs;
using SingKing.Host.Tests.Karaoke;

namespace SingKing.Host.Tests.Accounts;

/// <summary>
/// What the home and my pages read: a singer's progress chart and best take per song, their own only, and the
/// week's board, which shows display names but not take ids.
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed class ProgressTests(AccountsHostFixture fixture)
{
    [Fact]
    public async Task Progress_best_per_song_and_the_weekly_board_come_from_the_singers_saved_takes()
    {
        var name = "Singer " + Guid.NewGuid().ToString("N")[..8];
        using var browser = fixture.Host.NewClient();
        await browser.SignUpNewAsync(displayName: name);
        var (first, second) = await SingTwiceAsync(browser);

        var progress = await browser.GetJsonAsync($"/api/takes/progress?songId={SongTakes.TwinkleId}");
        var best = await browser.GetJsonAsync("/api/takes/best");
        var weekly = await browser.GetJsonAsync($"/api/boards?kind=songWeek&songId={SongTakes.TwinkleId}");

        Assert.Equal([first.TakeId, second.TakeId], progress.EnumerateArray().Select(p => p.GetProperty("takeId").GetString()));
        var twinkle = Assert.Single(best.EnumerateArray());
        Assert.Equal(2, twinkle.GetProperty("takeCount").GetInt32());
        Assert.Equal((int)Math.Round(Math.Max(first.Report!.Total, second.Report!.Total)), twinkle.GetProperty("totalScore").GetInt32());
        var mine = weekly.GetProperty("me");
        Assert.Equal(name, mine.GetProperty("displayName").GetString());
        Assert.True(mine.GetProperty("isMe").GetBoolean());
        Assert.Equal(twinkle.GetProperty("totalScore").GetInt32(), mine.GetProperty("score").GetDouble());
        Assert.False(mine.TryGetProperty("takeId", out _));
    }

    [Fact]
    public async Task Another_singer_sees_none_of_the_progress_or_bests_but_the_same_weekly_line_not_marked_as_theirs()
    {
        var name = "Singer " + Guid.NewGuid().ToString("N")[..8];
        using var owner = fixture.Host.NewClient();
        await owner.SignUpNewAsync(displayName: name);
        await SingTwiceAsync(owner);
        using var stranger = fixture.Host.NewClient();
        await stranger.SignUpNewAsync();

        var progress = await stranger.GetJsonAsync("/api/takes/progress");
        var best = await stranger.GetJsonAsync("/api/takes/best");
        var weekly = await stranger.GetJsonAsync("/api/boards?kind=week");

        Assert.Equal(0, progress.GetArrayLength());
        Assert.Equal(0, best.GetArrayLength());
        var line = Assert.Single(weekly.GetProperty("top").EnumerateArray(), e => e.GetProperty("displayName").GetString() == name);
        Assert.False(line.GetProperty("isMe").GetBoolean());
        Assert.Equal(JsonValueKind.Null, weekly.GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task An_anonymous_singer_gets_401_for_progress_and_bests()
    {
        using var browser = fixture.Host.NewClient().WithAnonymousId(Support.HostFixture.NewSingerId());

        using var progress = await browser.Http.GetAsync("/api/takes/progress");
        using var best = await browser.Http.GetAsync("/api/takes/best");

        Assert.Equal(HttpStatusCode.Unauthorized, progress.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, best.StatusCode);
    }

    private static async Task<(SessionSummary First, SessionSummary Second)> SingTwiceAsync(AccountClient browser)
    {
        await using var connection = await browser.ConnectAsync();
        var first = await AccountClient.SingAsync(connection, SongTakes.Sing(SongTakes.Twinkle, (_, line) => line == 1 ? 3 : 0), SongTakes.TwinkleId);
        var second = await AccountClient.SingAsync(connection, SongTakes.SingTwinkle(), SongTakes.TwinkleId);
        Assert.True(first.Save!.Saved && second.Save!.Saved);
        return (first, second);
    }
}
