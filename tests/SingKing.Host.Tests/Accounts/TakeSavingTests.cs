using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using SingKing.Host.Hubs;
using SingKing.Host.Tests.Karaoke;
using SingKing.Host.Tests.Support;
using SingKing.Storage.Takes;

namespace SingKing.Host.Tests.Accounts;

/// <summary>
/// A signed-in singer's finished take is in the database (the host's real SQLite file) when endSession answers, earns
/// experience, shows in the history and can be deleted; an anonymous singer's take stays in files only.
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed class TakeSavingTests(AccountsHostFixture fixture)
{
    private static short[] FreeSinging(double seconds = 6) => SyntheticVoice.Sing((220, seconds));

    [Fact]
    public async Task A_signed_in_singers_karaoke_take_is_in_the_database_with_its_scores_report_and_audio_when_endSession_answers()
    {
        using var browser = fixture.Host.NewClient();
        var accountId = await browser.SignUpNewAsync();
        await using var connection = await browser.ConnectAsync();

        var summary = await AccountClient.SingAsync(connection, SongTakes.SingTwinkle(), SongTakes.TwinkleId);
        var take = await fixture.Host.Factory.Services.GetTakeStore().GetAsync(summary.TakeId, CancellationToken.None);

        Assert.NotNull(summary.Save);
        Assert.True(summary.Save.Saved);
        Assert.Equal(1, summary.Save.Attempts);
        Assert.NotNull(take);
        Assert.Equal(accountId, take.SingerId);
        Assert.Equal(SongTakes.TwinkleId, take.SongId);
        Assert.Equal(TakeOutcome.Complete, take.Status);
        Assert.Equal((int)Math.Round(summary.Report!.Total), take.TotalScore);
        Assert.Equal(summary.Report.Pitch, take.PitchAccuracy);
        Assert.Equal(summary.Report.Rhythm, take.RhythmAccuracy);
        Assert.Contains(summary.TakeId, take.ReportJson);
        Assert.Equal($"takes/account-{accountId}/{summary.TakeId}/audio.wav", take.AudioPath);
        Assert.True(File.Exists(Path.Combine(fixture.Host.DataPath, take.AudioPath!)));
    }

    [Fact]
    public async Task A_scored_take_earns_10_points_and_one_more_per_200_of_its_score()
    {
        using var browser = fixture.Host.NewClient();
        await browser.SignUpNewAsync();
        await using var connection = await browser.ConnectAsync();

        var summary = await AccountClient.SingAsync(connection, SongTakes.SingTwinkle(), SongTakes.TwinkleId);
        var me = await browser.GetJsonAsync("/api/account/me");

        var expected = 10 + (int)Math.Round(summary.Report!.Total) / 200;
        Assert.Equal(expected, summary.Save!.ExperienceGained);
        Assert.Equal(expected, summary.Save.ExperiencePoints);
        Assert.Equal(expected, me.GetProperty("experiencePoints").GetInt64());
        Assert.Equal(1, me.GetProperty("level").GetInt32());
    }

    [Fact]
    public async Task A_signed_in_singers_practice_pass_enters_no_history_and_earns_no_experience()
    {
        using var browser = fixture.Host.NewClient();
        await browser.SignUpNewAsync();
        await using var connection = await browser.ConnectAsync();

        var summary = await AccountClient.SingAsync(connection, SongTakes.SingTwinkle(), SongTakes.TwinkleId, practice: true);
        var take = await fixture.Host.Factory.Services.GetTakeStore().GetAsync(summary.TakeId, CancellationToken.None);
        var me = await browser.GetJsonAsync("/api/account/me");

        Assert.Null(summary.Save);
        Assert.Null(take);
        Assert.Equal(0, me.GetProperty("experiencePoints").GetInt64());
    }

    [Fact]
    public async Task A_signed_in_singers_take_files_are_kept_under_their_account()
    {
        using var browser = fixture.Host.NewClient();
        var accountId = await browser.SignUpNewAsync();
        await using var connection = await browser.ConnectAsync();

        var summary = await AccountClient.SingAsync(connection, FreeSinging());

        Assert.True(File.Exists(Path.Combine(fixture.Host.TakeFolder($"account-{accountId}", summary.TakeId), "take.json")));
    }

    [Fact]
    public async Task An_anonymous_singers_take_is_kept_in_files_only()
    {
        var singerId = HostFixture.NewSingerId();
        using var browser = fixture.Host.NewClient().WithAnonymousId(singerId);
        await using var connection = await browser.ConnectAsync();

        var summary = await AccountClient.SingAsync(connection, FreeSinging());

        Assert.Null(summary.Save);
        Assert.Null(await fixture.Host.Factory.Services.GetTakeStore().GetAsync(summary.TakeId, CancellationToken.None));
        Assert.True(Directory.Exists(fixture.Host.TakeFolder(singerId, summary.TakeId)));
    }

    [Fact]
    public async Task The_history_lists_the_singers_takes_newest_first_a_page_at_a_time()
    {
        using var browser = fixture.Host.NewClient();
        await browser.SignUpNewAsync();
        await using var connection = await browser.ConnectAsync();
        var first = await AccountClient.SingAsync(connection, FreeSinging());
        var second = await AccountClient.SingAsync(connection, FreeSinging());

        var page = await browser.GetJsonAsync("/api/takes?limit=1");
        var next = await browser.GetJsonAsync("/api/takes?offset=1&limit=1");

        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(second.TakeId, Assert.Single(page.GetProperty("takes").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(first.TakeId, Assert.Single(next.GetProperty("takes").EnumerateArray()).GetProperty("id").GetString());
        // Free singing keeps no replay and has no report.
        Assert.Equal(JsonValueKind.Null, page.GetProperty("takes")[0].GetProperty("audioUrl").ValueKind);
        Assert.Equal(JsonValueKind.Null, page.GetProperty("takes")[0].GetProperty("reportUrl").ValueKind);
    }

    [Fact]
    public async Task A_history_entry_of_a_song_names_the_song_and_links_the_report()
    {
        using var browser = fixture.Host.NewClient();
        await browser.SignUpNewAsync();
        await using var connection = await browser.ConnectAsync();
        var summary = await AccountClient.SingAsync(connection, SongTakes.SingTwinkle(), SongTakes.TwinkleId);

        var entry = (await browser.GetJsonAsync("/api/takes")).GetProperty("takes")[0];

        Assert.Equal(SongTakes.TwinkleId, entry.GetProperty("songId").GetString());
        Assert.False(string.IsNullOrEmpty(entry.GetProperty("songTitle").GetString()));
        Assert.Equal((int)Math.Round(summary.Report!.Total), entry.GetProperty("totalScore").GetInt32());
        Assert.Equal(summary.Report.Url, entry.GetProperty("reportUrl").GetString());
        using var replay = await browser.Http.GetAsync(entry.GetProperty("audioUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("audio/ogg", replay.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_history_of_an_anonymous_singer_is_a_401_that_says_to_sign_in()
    {
        using var browser = fixture.Host.NewClient().WithAnonymousId(HostFixture.NewSingerId());

        using var response = await browser.Http.GetAsync("/api/takes");

        await SignUpTests.AssertProblemAsync(response, HttpStatusCode.Unauthorized, "notSignedIn");
    }

    [Fact]
    public async Task Deleting_a_take_removes_its_row_and_its_files()
    {
        using var browser = fixture.Host.NewClient();
        var accountId = await browser.SignUpNewAsync();
        await using var connection = await browser.ConnectAsync();
        var summary = await AccountClient.SingAsync(connection, FreeSinging());

        using var response = await browser.SendAsync(HttpMethod.Delete, $"/api/takes/{summary.TakeId}");
        using var again = await browser.SendAsync(HttpMethod.Delete, $"/api/takes/{summary.TakeId}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(await fixture.Host.Factory.Services.GetTakeStore().GetAsync(summary.TakeId, CancellationToken.None));
        Assert.False(Directory.Exists(fixture.Host.TakeFolder($"account-{accountId}", summary.TakeId)));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_singer_deletes_their_own_take_files()
    {
        var singerId = HostFixture.NewSingerId();
        using var browser = fixture.Host.NewClient().WithAnonymousId(singerId);
        await using var connection = await browser.ConnectAsync();
        var summary = await AccountClient.SingAsync(connection, FreeSinging());

        using var response = await browser.SendAsync(HttpMethod.Delete, $"/api/takes/{summary.TakeId}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(Directory.Exists(fixture.Host.TakeFolder(singerId, summary.TakeId)));
    }

    [Fact]
    public async Task A_take_still_being_sung_cannot_be_deleted()
    {
        using var browser = fixture.Host.NewClient();
        await browser.SignUpNewAsync();
        await using var connection = await browser.ConnectAsync();
        var started = await connection.InvokeAsync<SessionStarted>("startSession", new StartSessionRequest { SampleRate = SyntheticVoice.SampleRate });

        using var response = await browser.SendAsync(HttpMethod.Delete, $"/api/takes/{started.TakeId}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Deleting_without_the_antiforgery_token_is_refused_and_the_take_stays()
    {
        using var browser = fixture.Host.NewClient();
        await browser.SignUpNewAsync();
        await using var connection = await browser.ConnectAsync();
        var summary = await AccountClient.SingAsync(connection, FreeSinging());

        using var response = await browser.SendAsync(HttpMethod.Delete, $"/api/takes/{summary.TakeId}", withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await fixture.Host.Factory.Services.GetTakeStore().GetAsync(summary.TakeId, CancellationToken.None));
    }
}
