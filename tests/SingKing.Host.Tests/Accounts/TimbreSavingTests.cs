using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SingKing.Dsp.Audio;
using SingKing.Dsp.Timbre;
using SingKing.Storage.Diagnoses;

namespace SingKing.Host.Tests.Accounts;

/// <summary>A signed-in singer's timbre result is kept as a diagnosis in the database (the host's real SQLite file).</summary>
[Collection(AccountsCollection.Name)]
public sealed class TimbreSavingTests(AccountsHostFixture fixture)
{
    [Fact]
    public async Task A_signed_in_singers_timbre_result_is_kept_with_its_probabilities()
    {
        using var browser = fixture.Host.NewClient();
        var accountId = await browser.SignUpNewAsync();
        var take = new SyntheticTimbreSinger(TimbreLabels.Rock, 17).Sing(0, 12.0, 16_000);

        using var response = await browser.Http.PostAsync("/api/timbre", Wav(take));
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var kept = await fixture.Host.Factory.Services.GetRequiredService<IDiagnosisStore>().LatestTimbreAsync(accountId, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(kept);
        Assert.Equal(answer.GetProperty("label").GetString(), kept.Class.ToString(), ignoreCase: true);
        var probabilities = JsonSerializer.Deserialize<Dictionary<string, double>>(kept.ProbabilitiesJson)!;
        Assert.Equal(answer.GetProperty("probabilities").GetProperty("rock").GetDouble(), probabilities["rock"]);
    }

    private static ByteArrayContent Wav(float[] samples)
    {
        using var stream = new MemoryStream();
        WavWriter.Write(stream, samples, 16_000);
        return new ByteArrayContent(stream.ToArray());
    }
}
