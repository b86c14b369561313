using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SingKing.Dsp.Audio;
using SingKing.Dsp.Calibration;
using SingKing.Dsp.Synthesis;
using SingKing.Host.Calibration;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Calibration;

[Collection(HostCollection.Name)]
public sealed class CalibrationTests(HostFixture host)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _client = host.Factory.CreateClient();

    [Fact]
    public async Task The_click_track_is_served_as_a_48_kHz_WAV_of_the_standard_clicks()
    {
        var response = await _client.GetAsync("/api/calibration/clicks.wav");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        var samples = WavReader.ReadAll(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), out var format);
        Assert.Equal((48_000, 1, 16), (format.SampleRate, format.Channels, format.BitsPerSample));
        var expected = ClickTrack.Standard.Render(48_000);
        Assert.Equal(expected.Length, samples.Length);
        Assert.All(Enumerable.Range(0, expected.Length), n => Assert.InRange(samples[n] - expected[n], -1e-4f, 1e-4f));
    }

    [Fact]
    public async Task A_recording_of_the_served_clicks_187_5_ms_late_in_a_noisy_room_measures_187_5_ms()
    {
        var played = WavReader.ReadAll(new MemoryStream(await _client.GetByteArrayAsync("/api/calibration/clicks.wav")), out _);
        var heard = new float[played.Length + 9_000]; // 187.5 ms at 48 kHz
        played.CopyTo(heard, 9_000);
        heard = new RecordingConditions { ReverbSeconds = 0.3, SnrDb = 15, PeakDbfs = -40 }.Apply(heard, 48_000, seed: 4);

        var response = await _client.PostAsync("/api/calibration", AsWav(heard, 48_000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<CalibrationResult>(Json);
        Assert.NotNull(result);
        Assert.InRange(result.LatencyMs, 185.5, 189.5);
        Assert.Equal(8, result.MatchedClicks);
        Assert.InRange(result.SpreadMs, 0, 2);
    }

    [Fact]
    public async Task A_silent_recording_is_refused_with_422_saying_to_turn_the_speakers_up()
    {
        var response = await _client.PostAsync("/api/calibration", AsWav(new float[6 * 16_000], 16_000));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Contains("Turn the speakers up", problem.GetProperty("detail").GetString());
        Assert.Equal(0, problem.GetProperty("matchedClicks").GetInt32());
        Assert.Equal(8, problem.GetProperty("expectedClicks").GetInt32());
    }

    [Fact]
    public async Task A_broken_WAV_is_refused_with_400_and_the_reader_s_reason()
    {
        var broken = "RIFF\u0024\0\0\0WAVEjunk"u8.ToArray();
        var reason = Assert.Throws<AudioFormatException>(() => WavReader.ReadAll(new MemoryStream(broken), out _)).Message;

        var response = await _client.PostAsync("/api/calibration", new ByteArrayContent(broken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(reason, (await ProblemAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_recording_over_5_MB_is_refused_with_413()
    {
        var response = await _client.PostAsync("/api/calibration", new ByteArrayContent(new byte[CalibrationEndpoints.MaxRecordingBytes + 1]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
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
