using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SingKing.Host.Hubs;
using SingKing.Host.Singers;
using SingKing.Host.Tests.Karaoke;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Reports;

/// <summary>
/// The report of a take sung to a song: made and saved when the take ends (its headline comes back with the take's
/// summary), served at /api/takes/{takeId}/report and /audio to the singer who sang it and to nobody else.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class TakeReportTests(HostFixture host)
{
    [Fact]
    public async Task A_take_sung_on_pitch_ends_with_a_saved_report_that_scores_high()
    {
        var (singerId, summary) = await SingAsync(SongTakes.SingTwinkle());

        Assert.NotNull(summary.Report);
        Assert.True(summary.Report.Total >= 8000, $"total {summary.Report.Total}");
        Assert.Contains(summary.Report.Rating, new[] { "superstar", "ultrastar" });
        Assert.Equal($"/api/takes/{summary.TakeId}/report", summary.Report.Url);
        Assert.True(File.Exists(Path.Combine(host.Factory.TakeFolder(singerId, summary.TakeId), "report.json")));
    }

    [Fact]
    public async Task The_report_serves_every_scored_note_line_and_the_sung_pitch_on_the_songs_timeline()
    {
        var (singerId, summary) = await SingAsync(SongTakes.SingTwinkle());

        var report = await GetJsonAsync(singerId, summary.Report!.Url);

        var scoredNotes = SongTakes.Twinkle.Voices[0].Notes.Count(n => n.IsScored);
        Assert.Equal(scoredNotes, report.GetProperty("notes").GetArrayLength());
        Assert.Equal(SongTakes.Twinkle.Voices[0].Phrases.Count, report.GetProperty("phrases").GetArrayLength());
        Assert.Equal(summary.Report.Total, report.GetProperty("total").GetDouble());
        Assert.Equal("twinkle-twinkle", report.GetProperty("song").GetProperty("id").GetString());
        // The first note (C4 at the song's 2.4 s gap) is drawn where the chart has it.
        var track = report.GetProperty("pitchTrack");
        var start = track.GetProperty("startSeconds").GetDouble();
        var hop = track.GetProperty("hopSeconds").GetDouble();
        var atFirstNote = track.GetProperty("midi")[(int)Math.Round((2.6 - start) / hop)].GetDouble();
        Assert.Equal(60, atFirstNote, 0.5);
    }

    [Fact]
    public async Task Lines_sung_off_key_are_listed_to_practise_with_their_faults()
    {
        // The second line a minor third sharp, the rest on pitch.
        var (singerId, summary) = await SingAsync(SongTakes.Sing(SongTakes.Twinkle, (_, line) => line == 1 ? 3 : 0));

        var report = await GetJsonAsync(singerId, summary.Report!.Url);

        var practise = report.GetProperty("phrases").EnumerateArray().Where(p => p.GetProperty("needsPractice").GetBoolean()).ToList();
        Assert.Contains(practise, p => p.GetProperty("index").GetInt32() == 1);
        var second = report.GetProperty("phrases")[1];
        Assert.True(second.GetProperty("score").GetDouble() < 80, $"line 2 scored {second.GetProperty("score")}");
        Assert.Contains("wrongNotes", second.GetProperty("faults").EnumerateArray().Select(f => f.GetString()));
        Assert.True(report.GetProperty("phrases")[0].GetProperty("score").GetDouble() >= 80);
    }

    [Fact]
    public async Task A_take_sung_a_quarter_tone_flat_gets_advice_quoting_how_flat()
    {
        var (singerId, summary) = await SingAsync(SongTakes.SingTwinkle(semitones: -0.3));

        var report = await GetJsonAsync(singerId, summary.Report!.Url);

        var advice = report.GetProperty("advice").EnumerateArray().ToList();
        var flat = advice.Single(a => a.GetProperty("code").GetString() is "flatOverall" or "flatOnLongNotes");
        Assert.InRange(flat.GetProperty("values").GetProperty("cents").GetDouble(), 20, 40);
    }

    [Fact]
    public async Task A_second_take_of_the_song_shows_the_first_as_previous()
    {
        var singerId = HostFixture.NewSingerId();
        var (_, first) = await SingAsync(SongTakes.Sing(SongTakes.Twinkle, (_, line) => line == 1 ? 3 : 0), singerId);
        var (_, second) = await SingAsync(SongTakes.SingTwinkle(), singerId);

        var report = await GetJsonAsync(singerId, second.Report!.Url);

        var previous = report.GetProperty("previous");
        Assert.Equal(first.TakeId, previous.GetProperty("takeId").GetString());
        Assert.Equal(first.Report!.Total, previous.GetProperty("total").GetDouble());
        Assert.Equal(JsonValueKind.Null, (await GetJsonAsync(singerId, first.Report.Url)).GetProperty("previous").ValueKind);
    }

    [Fact]
    public async Task The_replay_is_ogg_opus_and_serves_ranges()
    {
        var (singerId, summary) = await SingAsync(SongTakes.SingTwinkle());
        var report = await GetJsonAsync(singerId, summary.Report!.Url);
        var url = report.GetProperty("audio").GetProperty("url").GetString()!;
        using var client = ClientFor(singerId);

        using var whole = await client.GetAsync(url);
        var bytes = await whole.Content.ReadAsByteArrayAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(0, 3) } };
        using var part = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("audio/ogg", whole.Content.Headers.ContentType!.MediaType);
        Assert.Equal("OggS"u8.ToArray(), bytes[..4]);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(4, (await part.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task Another_singer_gets_404_for_the_report_and_the_replay()
    {
        var (_, summary) = await SingAsync(SongTakes.SingTwinkle());
        using var stranger = ClientFor(HostFixture.NewSingerId());

        using var report = await stranger.GetAsync(summary.Report!.Url);
        using var audio = await stranger.GetAsync($"/api/takes/{summary.TakeId}/audio");

        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, audio.StatusCode);
        Assert.Contains("no take", await report.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_lost_report_is_made_again_when_asked_for()
    {
        var (singerId, summary) = await SingAsync(SongTakes.SingTwinkle());
        File.Delete(Path.Combine(host.Factory.TakeFolder(singerId, summary.TakeId), "report.json"));

        var report = await GetJsonAsync(singerId, summary.Report!.Url);

        Assert.Equal(summary.Report.Total, report.GetProperty("total").GetDouble());
    }

    [Fact]
    public async Task A_take_without_a_song_has_no_report()
    {
        var singerId = HostFixture.NewSingerId();
        await using var singer = await SingerClient.ConnectAsync(host, singerId);
        await singer.StartSessionAsync();
        foreach (var (chunk, i) in SyntheticVoice.Chunks(SyntheticVoice.Melody(("A3", 1.0))).Select((c, i) => (c, i)))
            await singer.SendChunkAsync(i, chunk);
        var summary = await singer.EndSessionAsync();
        using var client = ClientFor(singerId);

        using var response = await client.GetAsync($"/api/takes/{summary.TakeId}/report");

        Assert.Null(summary.Report);
        Assert.Null(summary.ReportError);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("not sung to a song", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_take_sung_late_with_its_latency_given_scores_like_one_on_time_and_replays_from_before_0()
    {
        var (singerId, summary) = await SingAsync(SongTakes.SingTwinkle(lateSeconds: 0.2), latencyMs: 200);

        var report = await GetJsonAsync(singerId, summary.Report!.Url);

        Assert.True(summary.Report.Total >= 8000, $"total {summary.Report.Total}");
        Assert.Equal(-0.2, report.GetProperty("audio").GetProperty("startSeconds").GetDouble(), 6);
    }

    [Fact]
    public async Task A_practice_pass_is_judged_live_but_makes_no_report_and_is_never_anyones_previous_take()
    {
        var singerId = HostFixture.NewSingerId();
        var (_, practice) = await SingAsync(SongTakes.SingTwinkle(), singerId, practice: true);
        var (_, real) = await SingAsync(SongTakes.SingTwinkle(), singerId);
        using var client = ClientFor(singerId);

        using var response = await client.GetAsync($"/api/takes/{practice.TakeId}/report");
        var report = await GetJsonAsync(singerId, real.Report!.Url);

        Assert.True(practice.Karaoke!.Score > 8000, $"live score {practice.Karaoke.Score}");
        Assert.Null(practice.Report);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("practice", await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("previous").ValueKind);
    }

    private async Task<(string SingerId, SessionSummary Summary)> SingAsync(short[] samples, string? singerId = null, double? latencyMs = null, bool practice = false)
    {
        singerId ??= HostFixture.NewSingerId();
        await using var singer = await SingerClient.ConnectAsync(host, singerId);
        await singer.StartSessionAsync(new StartSessionRequest { SampleRate = 16_000, SongId = SongTakes.TwinkleId, LatencyMs = latencyMs, Practice = practice ? true : null });
        var sequence = 0;
        foreach (var pcm in SyntheticVoice.Chunks(samples))
            await singer.SendChunkAsync(sequence++, pcm);
        return (singerId, await singer.EndSessionAsync());
    }

    private HttpClient ClientFor(string singerId)
    {
        var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $"{SingerCookie.Name}={singerId}");
        return client;
    }

    private async Task<JsonElement> GetJsonAsync(string singerId, string url)
    {
        using var client = ClientFor(singerId);
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
