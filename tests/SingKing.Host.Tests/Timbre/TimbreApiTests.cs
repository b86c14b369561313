using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SingKing.Dsp.Audio;
using SingKing.Dsp.Timbre;
using SingKing.Host.Tests.Support;
using SingKing.Host.Timbre;

namespace SingKing.Host.Tests.Timbre;

[Collection(HostCollection.Name)]
public sealed class TimbreApiTests(HostFixture host)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _client = host.Factory.CreateClient();

    [Fact]
    public async Task A_12_second_take_is_answered_with_a_label_probabilities_descriptors_and_songs()
    {
        var take = new SyntheticTimbreSinger(TimbreLabels.Ballad, 300).Sing(0, 12.0, 44_100);

        var response = await _client.PostAsync("/api/timbre", AsWav(take, 44_100));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var label = result.GetProperty("label").GetString();
        Assert.Contains(label, TimbreLabels.All);
        var probabilities = result.GetProperty("probabilities").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        Assert.Equal(TimbreLabels.All, probabilities.Keys);
        Assert.Equal(1.0, probabilities.Values.Sum(), 2);
        Assert.Equal(probabilities.Values.Max(), probabilities[label!]);
        var descriptors = result.GetProperty("descriptors");
        Assert.InRange(descriptors.GetProperty("voicedSeconds").GetDouble(), 6, 12);
        Assert.InRange(descriptors.GetProperty("spectralCentroidHz").GetDouble(), 100, 8_000);
        Assert.True(descriptors.TryGetProperty("harmonicsToNoiseDb", out _));
        Assert.True(descriptors.TryGetProperty("vibratoRateHz", out _));
        var songs = result.GetProperty("recommendations").EnumerateArray().ToList();
        Assert.NotEmpty(songs);
        Assert.All(songs, s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("reason").GetString())));
        Assert.True(result.GetProperty("model").GetProperty("syntheticBaseline").GetBoolean());
    }

    [Fact]
    public async Task With_a_range_the_recommendations_say_whether_each_song_fits_it()
    {
        var take = new SyntheticTimbreSinger(TimbreLabels.Dance, 300).Sing(0, 11.0, 16_000);

        var response = await _client.PostAsync("/api/timbre?lowestMidi=40&highestMidi=90", AsWav(take, 16_000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var songs = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("recommendations").EnumerateArray().ToList();
        Assert.NotEmpty(songs);
        Assert.All(songs, s => Assert.True(s.GetProperty("fitsRange").GetBoolean()));
    }

    [Fact]
    public async Task A_recording_shorter_than_10_s_is_refused_with_422_saying_how_long_to_sing()
    {
        var take = new SyntheticTimbreSinger(TimbreLabels.Rock, 300).Sing(0, 6.0, 16_000);

        var response = await _client.PostAsync("/api/timbre", AsWav(take, 16_000));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("tooShort", problem.GetProperty("problem").GetString());
        Assert.Contains("at least 10 s", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Twelve_seconds_of_silence_is_refused_with_422_for_too_little_singing()
    {
        var response = await _client.PostAsync("/api/timbre", AsWav(new float[12 * 16_000], 16_000));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("notEnoughSinging", (await ProblemAsync(response)).GetProperty("problem").GetString());
    }

    [Fact]
    public async Task A_broken_WAV_is_refused_with_400_and_the_reader_s_reason()
    {
        var broken = "RIFF\u0024\0\0\0WAVEjunk"u8.ToArray();
        var reason = Assert.Throws<AudioFormatException>(() => WavReader.ReadAll(new MemoryStream(broken), out _)).Message;

        var response = await _client.PostAsync("/api/timbre", new ByteArrayContent(broken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(reason, (await ProblemAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_empty_body_is_refused_with_400_asking_for_a_WAV()
    {
        var response = await _client.PostAsync("/api/timbre", new ByteArrayContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("WAV", (await ProblemAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_recording_over_12_MB_is_refused_with_413()
    {
        var response = await _client.PostAsync("/api/timbre", new ByteArrayContent(new byte[TimbreEndpoints.MaxRecordingBytes + 1]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_range_with_only_its_lowest_note_is_refused_with_400()
    {
        var take = new SyntheticTimbreSinger(TimbreLabels.Rock, 300).Sing(0, 2.0, 16_000);

        var response = await _client.PostAsync("/api/timbre?lowestMidi=40", AsWav(take, 16_000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("highestMidi", (await ProblemAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_model_endpoint_says_the_serving_model_is_a_synthetic_baseline_of_four_timbres()
    {
        var model = await _client.GetFromJsonAsync<JsonElement>("/api/timbre/model", Json);

        Assert.Equal(TimbreLabels.All, model.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.True(model.GetProperty("syntheticBaseline").GetBoolean());
        Assert.InRange(model.GetProperty("heldOutAccuracy").GetDouble(), 0.25, 1);
        Assert.Equal(10, model.GetProperty("minimumSeconds").GetDouble());
    }

    private static ByteArrayContent AsWav(float[] samples, int sampleRate)
    {
        var stream = new MemoryStream();
        WavWriter.Write(stream, samples, sampleRate);
        var content = new ByteArrayContent(stream.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        return content;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }
}
