using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SingKing.Host.Tests.Accounts;
using SingKing.Storage.Diagnoses;

namespace SingKing.Host.Tests.Diagnoses;

/// <summary><c>/api/diagnoses</c>: a signed-in singer reads their own diagnoses only; an anonymous caller none.</summary>
[Collection(AccountsCollection.Name)]
public sealed class DiagnosisEndpointTests(AccountsHostFixture fixture)
{
    [Theory]
    [InlineData("/api/diagnoses/range/latest")]
    [InlineData("/api/diagnoses/timbre/latest")]
    [InlineData("/api/diagnoses/range")]
    [InlineData("/api/diagnoses/timbre")]
    public async Task An_anonymous_caller_is_told_to_sign_in(string path)
    {
        using var browser = fixture.Host.NewClient().WithAnonymousId(Support.HostFixture.NewSingerId());

        using var response = await browser.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("notSignedIn", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/api/diagnoses/range/latest")]
    [InlineData("/api/diagnoses/timbre/latest")]
    public async Task A_singer_without_diagnoses_gets_no_content(string path)
    {
        using var browser = fixture.Host.NewClient();
        await browser.SignUpNewAsync();

        using var response = await browser.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task The_latest_timbre_is_the_newest_with_its_probabilities()
    {
        using var browser = fixture.Host.NewClient();
        var accountId = await browser.SignUpNewAsync();
        var now = DateTimeOffset.UtcNow;
        await AddTimbreAsync(accountId, TimbreClass.Trot, now.AddDays(-1));
        await AddTimbreAsync(accountId, TimbreClass.Rock, now);

        var latest = await browser.GetJsonAsync("/api/diagnoses/timbre/latest");

        Assert.Equal("rock", latest.GetProperty("label").GetString());
        Assert.Equal(0.7, latest.GetProperty("probabilities").GetProperty("rock").GetDouble());
    }

    [Fact]
    public async Task The_lists_are_newest_first()
    {
        using var browser = fixture.Host.NewClient();
        var accountId = await browser.SignUpNewAsync();
        var now = DateTimeOffset.UtcNow;
        await AddRangeAsync(accountId, "C3", now.AddDays(-2));
        await AddRangeAsync(accountId, "D3", now);
        await AddTimbreAsync(accountId, TimbreClass.Trot, now.AddDays(-1));
        await AddTimbreAsync(accountId, TimbreClass.Ballad, now);

        var ranges = await browser.GetJsonAsync("/api/diagnoses/range");
        var timbres = await browser.GetJsonAsync("/api/diagnoses/timbre");

        Assert.Equal(["D3", "C3"], ranges.EnumerateArray().Select(r => r.GetProperty("lowestNote").GetString()));
        Assert.Equal(["ballad", "trot"], timbres.EnumerateArray().Select(r => r.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task Another_singer_sees_none_of_a_singers_diagnoses()
    {
        using var owner = fixture.Host.NewClient();
        var ownerId = await owner.SignUpNewAsync();
        await AddRangeAsync(ownerId, "A2", DateTimeOffset.UtcNow);
        await AddTimbreAsync(ownerId, TimbreClass.Dance, DateTimeOffset.UtcNow);
        using var other = fixture.Host.NewClient();
        await other.SignUpNewAsync();

        using var range = await other.Http.GetAsync("/api/diagnoses/range/latest");
        using var timbre = await other.Http.GetAsync("/api/diagnoses/timbre/latest");
        var ranges = await other.GetJsonAsync("/api/diagnoses/range");
        var timbres = await other.GetJsonAsync("/api/diagnoses/timbre");

        Assert.Equal(HttpStatusCode.NoContent, range.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, timbre.StatusCode);
        Assert.Equal(0, ranges.GetArrayLength());
        Assert.Equal(0, timbres.GetArrayLength());
    }

    [Fact]
    public async Task A_limit_outside_1_to_100_is_refused()
    {
        using var browser = fixture.Host.NewClient();
        await browser.SignUpNewAsync();

        using var response = await browser.Http.GetAsync("/api/diagnoses/range?limit=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private IDiagnosisStore Store => fixture.Host.Factory.Services.GetRequiredService<IDiagnosisStore>();

    private Task AddRangeAsync(long singerId, string lowest, DateTimeOffset at) => Store.AddRangeAsync(new RangeDiagnosis
    {
        SingerId = singerId, LowestNote = lowest, LowestHz = 130.8, HighestNote = "G4", HighestHz = 392.0, VoiceType = "baritone", MeasuredAt = at,
    }, CancellationToken.None);

    private Task AddTimbreAsync(long singerId, TimbreClass timbre, DateTimeOffset at) => Store.AddTimbreAsync(new TimbreDiagnosis
    {
        SingerId = singerId,
        Class = timbre,
        ProbabilitiesJson = JsonSerializer.Serialize(new Dictionary<string, double> { [timbre.ToString().ToLowerInvariant()] = 0.7, ["other"] = 0.3 }),
        MeasuredAt = at,
    }, CancellationToken.None);
}
