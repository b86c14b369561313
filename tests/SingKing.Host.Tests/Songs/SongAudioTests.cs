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
}
