using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SingKing.Host.Tests.Accounts;
using SingKing.Host.Tests.Karaoke;
using SingKing.Host.Tests.Support;
using SingKing.Storage.Diagnoses;

namespace SingKing.Host.Tests.Diagnoses;

/// <summary>
/// The range a signed-in singer sings in a free take is kept as a range diagnosis (the host's real SQLite file) when
/// endSession answers; a take sung to a song, a practice pass and an anonymous singer's take keep none.
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed class RangeKeepingTests(AccountsHostFixture fixture)
{
    // Two held notes, as the range page asks for: the lowest, then the highest.
    private static short[] TwoHeldNotes() => SyntheticVoice.Melody(("A2", 1.5), ("rest", 0.3), ("F4", 1.5));

    [Fact]
    public async Task A_signed_in_singers_range_take_is_kept_with_its_lowest_and_highest_notes_and_its_take()
    {
        using var browser = fixture.Host.NewClient();
        var accountId = await browser.SignUpNewAsync();
        await using var connection = await browser.ConnectAsync();

        var summary = await AccountClient.SingAsync(connection, TwoHeldNotes());
        var kept = await Diagnoses.LatestRangeAsync(accountId, CancellationToken.None);

        Assert.NotNull(kept);
        Assert.Equal(("A2", "F4"), (kept.LowestNote, kept.HighestNote));
        Assert.Equal(summary.Range!.LowestHz, kept.LowestHz);
        Assert.Equal(summary.Range.HighestHz, kept.HighestHz);
        Assert.Equal(summary.Range.VoiceType, kept.VoiceType);
        Assert.Equal(summary.TakeId, kept.TakeId);
    }

    [Fact]
    public async Task The_latest_range_endpoint_answers_the_range_just_sung()
    {
        using var browser = fixture.Host.NewClient();
        await browser.SignUpNewAsync();
        await using var connection = await browser.ConnectAsync();

        var summary = await AccountClient.SingAsync(connection, TwoHeldNotes());
        var latest = await browser.GetJsonAsync("/api/diagnoses/range/latest");

        Assert.Equal("A2", latest.GetProperty("lowestNote").GetString());
        Assert.Equal("F4", latest.GetProperty("highestNote").GetString());
        Assert.Equal(summary.TakeId, latest.GetProperty("takeId").GetString());
    }

    [Fact]
    public async Task An_anonymous_singers_range_take_keeps_no_diagnosis()
    {
        using var browser = fixture.Host.NewClient().WithAnonymousId(HostFixture.NewSingerId());
        var before = await CountRangeDiagnosesAsync();
        await using var connection = await browser.ConnectAsync();

        var summary = await AccountClient.SingAsync(connection, TwoHeldNotes());

        Assert.NotNull(summary.Range);
        Assert.Equal(before, await CountRangeDiagnosesAsync());
    }

    [Fact]
    public async Task A_take_sung_to_a_song_keeps_no_range_diagnosis()
    {
        using var browser = fixture.Host.NewClient();
        var accountId = await browser.SignUpNewAsync();
        await using var connection = await browser.ConnectAsync();

        var summary = await AccountClient.SingAsync(connection, SongTakes.SingTwinkle(), SongTakes.TwinkleId);

        Assert.NotNull(summary.Range);
        Assert.Null(await Diagnoses.LatestRangeAsync(accountId, CancellationToken.None));
    }

    [Fact]
    public async Task Deleting_the_take_deletes_the_range_measured_in_it()
    {
        using var browser = fixture.Host.NewClient();
        var accountId = await browser.SignUpNewAsync();
        await using var connection = await browser.ConnectAsync();
        var summary = await AccountClient.SingAsync(connection, TwoHeldNotes());

        using var deleted = await browser.SendAsync(HttpMethod.Delete, $"/api/takes/{summary.TakeId}");

        Assert.Equal(System.Net.HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Null(await Diagnoses.LatestRangeAsync(accountId, CancellationToken.None));
    }

    private IDiagnosisStore Diagnoses => fixture.Host.Factory.Services.GetRequiredService<IDiagnosisStore>();

    private async Task<long> CountRangeDiagnosesAsync()
    {
        await using var database = new SqliteConnection($"Data Source={fixture.Host.DatabaseFile};Mode=ReadOnly;Pooling=False");
        await database.OpenAsync();
        await using var count = database.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM range_diagnoses;";
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
