using System.Net;
using System.Net.Http.Headers;
using SingKing.Dsp.Audio;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Songs;

[Collection(HostCollection.Name)]
public sealed class SongAudioTests(HostFixture host)
{
    private readonly HttpClient _client = host.Factory.CreateClient();

    [Fact]
    public async Task A_bundled_song_is_served_as_a_WAV_as_long_as_the_song()
    {
        var summary = (await SongJson.CatalogueAsync(_client)).Single(s => s.Id == "jingle-bells");

        var response = await _client.GetAsync(summary.AudioUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        var samples = WavReader.ReadAll(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), out var format);
        Assert.Equal((44_100, 1), (format.SampleRate, format.Channels));
        Assert.Equal(summary.DurationSeconds, samples.Length / (double)format.SampleRate, 2);
        Assert.InRange(samples.Max(Math.Abs), 0.1f, 1f);
    }

    [Fact]
    public async Task The_backing_track_is_rendered_once_into_the_data_folder()
    {
        var first = await _client.GetByteArrayAsync("/api/songs/twinkle-twinkle/audio");
        var path = Path.Combine(host.Factory.DataPath, "songs", "twinkle-twinkle", "backing.wav");
        var written = File.GetLastWriteTimeUtc(path);

        var second = await _client.GetByteArrayAsync("/api/songs/twinkle-twinkle/audio");

        Assert.Equal(first, second);
        Assert.Equal(first, await File.ReadAllBytesAsync(path));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public async Task The_audio_answers_a_range_request_with_just_those_bytes()
    {
        var whole = await _client.GetByteArrayAsync("/api/songs/arirang/audio");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/songs/arirang/audio");
        request.Headers.Range = new RangeHeaderValue(1000, 1999);

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(new ContentRangeHeaderValue(1000, 1999, whole.Length), response.Content.Headers.ContentRange);
        Assert.Equal(whole.AsSpan(1000, 1000).ToArray(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_audio_of_an_unknown_song_is_a_404()
    {
        var response = await _client.GetAsync("/api/songs/no-such-song/audio");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
    [Fact]
    public async Task The_guide_track_plays_the_melody_softly_over_the_same_backing()
    {
        var plain = WavReader.ReadAll(new MemoryStream(await _client.GetByteArrayAsync("/api/songs/ode-to-joy/audio")), out var format);
        var guided = WavReader.ReadAll(new MemoryStream(await _client.GetByteArrayAsync("/api/songs/ode-to-joy/audio?guide=true")), out _);

        Assert.Equal(plain.Length, guided.Length);
        // The first note: E4 from #GAP (2.223 s) for one quarter note (0.556 s); the C chord under it holds E4 too,
        // so compare the level of E4 in that note with and without the guide.
        var start = (int)(2.25 * format.SampleRate);
        var length = (int)(0.45 * format.SampleRate);
        var withGuide = Goertzel(guided.AsSpan(start, length), format.SampleRate, 329.63);
        var without = Goertzel(plain.AsSpan(start, length), format.SampleRate, 329.63);
        Assert.True(withGuide > 1.2 * without, $"E4 with guide {withGuide:F1}, without {without:F1}");
    }

    private static double Goertzel(ReadOnlySpan<float> samples, int sampleRate, double frequencyHz)
    {
        var coefficient = 2 * Math.Cos(2 * Math.PI * frequencyHz / sampleRate);
        double s1 = 0, s2 = 0;
        foreach (var x in samples)
        {
            var s0 = x + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }

        return Math.Sqrt(Math.Max(0, s1 * s1 + s2 * s2 - coefficient * s1 * s2));
    }
}
