using System.Net;
using System.Net.Http.Json;
using SingKing.Host.Songs;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Songs;

[Collection(HostCollection.Name)]
public sealed class SongCatalogueTests(HostFixture host)
{
    private readonly HttpClient _client = host.Factory.CreateClient();

    [Fact]
    public async Task The_catalogue_lists_every_bundled_song_with_its_range_and_audio_url()
    {
        var songs = await SongJson.CatalogueAsync(_client);

        var bundled = songs.Where(s => !s.Uploaded).OrderBy(s => s.Id).ToList();
        Assert.Equal(BundledSongs.Ids, bundled.Select(s => s.Id));
        var grace = bundled.Single(s => s.Id == "amazing-grace");
        Assert.Equal(("Amazing Grace", "English", "ballad", "medium"), (grace.Title, grace.Language, grace.Style, grace.Difficulty));
        Assert.Equal((62, 74), (grace.LowestMidi, grace.HighestMidi));
        Assert.True(grace.HasGoldenNotes);
        Assert.Equal("/api/songs/amazing-grace/audio", grace.AudioUrl);
        Assert.InRange(grace.DurationSeconds, 40, 60);
    }

    [Fact]
    public async Task Filtering_by_language_keeps_only_that_language()
    {
        var korean = await SongJson.CatalogueAsync(_client, "?language=korean");

        Assert.All(korean, s => Assert.Equal("Korean", s.Language));
        Assert.Contains(korean, s => s.Id == "arirang");
        Assert.Contains(korean, s => s.Id == "doraji-taryeong");
        Assert.DoesNotContain(korean, s => s.Id == "ode-to-joy");
    }

    [Fact]
    public async Task Filtering_by_style_and_difficulty_combines_both()
    {
        var songs = await SongJson.CatalogueAsync(_client, "?style=ballad&difficulty=easy");

        Assert.All(songs, s => Assert.Equal(("ballad", "easy"), (s.Style, s.Difficulty)));
        Assert.Contains(songs, s => s.Id == "twinkle-twinkle");
        Assert.DoesNotContain(songs, s => s.Id == "amazing-grace");
        Assert.DoesNotContain(songs, s => s.Id == "jingle-bells");
    }

    [Theory]
    [InlineData("GRACE", "amazing-grace")]
    [InlineData("도라지", "doraji-taryeong")]
    [InlineData("beethoven", "ode-to-joy")]
    public async Task Search_matches_title_or_artist_ignoring_case(string search, string expectedId)
    {
        var songs = await SongJson.CatalogueAsync(_client, "?search=" + Uri.EscapeDataString(search));

        Assert.Contains(songs, s => s.Id == expectedId);
        Assert.All(songs, s => Assert.True(
            s.Title.Contains(search, StringComparison.CurrentCultureIgnoreCase) || s.Artist.Contains(search, StringComparison.CurrentCultureIgnoreCase)));
    }

    [Fact]
    public async Task A_song_chart_comes_as_phrases_of_notes_timed_in_seconds()
    {
        var details = await _client.GetFromJsonAsync<SongDetails>("/api/songs/twinkle-twinkle", SongJson.Options);

        var voice = Assert.Single(details!.Voices);
        Assert.Equal(6, voice.Phrases.Count);
        Assert.Equal("Twinkle twinkle little star", voice.Phrases[0].Lyrics);
        var first = voice.Phrases[0].Notes[0];
        // #GAP:2400 and #BPM:100: beat 0 at 2.4 s, a chart beat lasts 0.15 s.
        Assert.Equal((2.4, 60, "normal", "Twin"), (Math.Round(first.StartSeconds, 6), first.Midi, first.Type, first.Text));
        Assert.Equal(2.4 + 3 * 0.15, first.EndSeconds, 6);
        var golden = voice.Phrases.SelectMany(p => p.Notes).Where(n => n.Type == "golden").ToList();
        Assert.Equal(["star", "are"], golden.Select(n => n.Text.Trim()));
    }

    [Fact]
    public async Task An_unknown_song_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/songs/no-such-song");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await SongJson.ProblemAsync(response);
        Assert.Contains("no-such-song", problem.GetProperty("detail").GetString());
    }
}
