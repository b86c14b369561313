using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using SingKing.Dsp.Audio;
using SingKing.Host.Songs;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Songs;

[Collection(HostCollection.Name)]
public sealed class SongUploadTests(HostFixture host)
{
    private readonly HttpClient _client = host.Factory.CreateClient();

    private static string Chart(string title) => $"""
        #VERSION:1.0.0
        #TITLE:{title}
        #ARTIST:A Singer
        #LANGUAGE:English
        #BPM:120
        #GAP:500
        #AUDIO:the original name.mp3
        #SINGKING-STYLE:dance
        #SINGKING-DIFFICULTY:hard
        : 0 4 0 Hel
        : 4 4 4 lo
        - 10
        * 12 8 7 world
        E
        """;

    private static byte[] Wav(double seconds)
    {
        var samples = new float[(int)(seconds * 16_000)];
        for (var i = 0; i < samples.Length; i++)
            samples[i] = 0.3f * MathF.Sin(2 * MathF.PI * 440 * i / 16_000f);
        using var stream = new MemoryStream();
        WavWriter.Write(stream, samples, 16_000);
        return stream.ToArray();
    }

    private static MultipartFormDataContent Upload(byte[] chart, byte[] audio, string audioName = "take.wav")
    {
        var form = new MultipartFormDataContent();
        var chartPart = new ByteArrayContent(chart);
        chartPart.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(chartPart, "chart", "song.txt");
        var audioPart = new ByteArrayContent(audio);
        audioPart.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(audioPart, "audio", audioName);
        return form;
    }

    [Fact]
    public async Task An_uploaded_song_joins_the_catalogue_and_serves_its_own_audio()
    {
        var title = "Upload " + Guid.NewGuid().ToString("N")[..8];
        var audio = Wav(2.0);

        var response = await _client.PostAsync("/api/songs", Upload(Encoding.UTF8.GetBytes(Chart(title)), audio));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<SongSummary>(SongJson.Options);
        Assert.Equal((title, "dance", "hard", true, true), (created!.Title, created.Style, created.Difficulty, created.HasGoldenNotes, created.Uploaded));
        Assert.Equal($"/api/songs/{created.Id}", response.Headers.Location?.OriginalString);
        var found = Assert.Single(await SongJson.CatalogueAsync(_client, "?search=" + Uri.EscapeDataString(title)));
        Assert.Equal(created.Id, found.Id);
        Assert.Equal(audio, await _client.GetByteArrayAsync(created.AudioUrl));
        var folder = Path.Combine(host.Factory.DataPath, "songs", "uploaded", created.Id);
        Assert.True(File.Exists(Path.Combine(folder, "song.txt")));
        Assert.True(File.Exists(Path.Combine(folder, "audio.wav")));
    }

    [Fact]
    public async Task A_broken_chart_is_refused_with_each_error_and_its_line()
    {
        var broken = Chart("Broken").Replace(": 4 4 4 lo", ": 4 x 4 lo", StringComparison.Ordinal).Replace("#BPM:120", "#BPM:fast", StringComparison.Ordinal);

        var response = await _client.PostAsync("/api/songs", Upload(Encoding.UTF8.GetBytes(broken), Wav(0.5)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await SongJson.ProblemAsync(response);
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(errors, e => e.Item1 == 5 && e.Item2.Contains("BPM", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(errors, e => e.Item1 == 11 && e.Item2.Contains("length", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_upload_with_overlapping_notes_is_added_with_each_warning_and_its_line()
    {
        var overlapping = Chart("Overlap " + Guid.NewGuid().ToString("N")[..6]).Replace(": 4 4 4 lo", ": 2 4 4 lo", StringComparison.Ordinal);

        var response = await _client.PostAsync("/api/songs", Upload(Encoding.UTF8.GetBytes(overlapping), Wav(0.5)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var warning = Assert.Single(body.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Equal(11, warning.GetProperty("line").GetInt32());
        Assert.Contains("overlaps", warning.GetProperty("message").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_clean_upload_answers_with_no_warnings()
    {
        var response = await _client.PostAsync("/api/songs", Upload(Encoding.UTF8.GetBytes(Chart("Clean " + Guid.NewGuid().ToString("N")[..6])), Wav(0.5)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, body.RootElement.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public async Task Audio_that_is_not_WAV_MP3_or_OGG_is_refused_whatever_its_name()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3 };

        var response = await _client.PostAsync("/api/songs", Upload(Encoding.UTF8.GetBytes(Chart("Picture")), png, audioName: "song.mp3"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await SongJson.ProblemAsync(response);
        Assert.Contains("WAV, MP3 or OGG", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_MP3_with_an_ID3_tag_is_accepted()
    {
        var mp3 = new byte[4096];
        "ID3"u8.CopyTo(mp3);

        var response = await _client.PostAsync("/api/songs", Upload(Encoding.UTF8.GetBytes(Chart("Tagged " + Guid.NewGuid().ToString("N")[..6])), mp3, "take.mp3"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<SongSummary>(SongJson.Options);
        var audio = await _client.GetAsync(created!.AudioUrl);
        Assert.Equal("audio/mpeg", audio.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Audio_over_30_MiB_is_refused_as_too_large_with_the_limit()
    {
        var audio = new byte[30 * 1024 * 1024 + 1];
        Wav(0.1).CopyTo(audio, 0);

        var response = await _client.PostAsync("/api/songs", Upload(Encoding.UTF8.GetBytes(Chart("Huge")), audio));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await SongJson.ProblemAsync(response);
        Assert.Contains("at most 31457280 bytes (30 MiB)", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_chart_over_1_MiB_is_refused_as_too_large()
    {
        var chart = Encoding.UTF8.GetBytes(Chart("Long") + new string('#', 1024 * 1024));

        var response = await _client.PostAsync("/api/songs", Upload(chart, Wav(0.1)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await SongJson.ProblemAsync(response);
        Assert.Contains("chart", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_upload_without_its_audio_is_refused()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Chart("Alone"))), "chart", "song.txt" } };

        var response = await _client.PostAsync("/api/songs", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await SongJson.ProblemAsync(response);
        Assert.Contains("\"audio\"", problem.GetProperty("detail").GetString());
    }
}
