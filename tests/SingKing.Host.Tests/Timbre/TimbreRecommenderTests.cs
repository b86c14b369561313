using SingKing.Grains.Timbre;
using SingKing.Host.Songs;
using SingKing.Host.Timbre;

namespace SingKing.Host.Tests.Timbre;

public sealed class TimbreRecommenderTests
{
    private static readonly TimbreDiagnosis Trot = new(
        "trot",
        [new("ballad", 0.2), new("dance", 0.05), new("rock", 0.05), new("trot", 0.7)],
        new TimbreDescriptors(1500, -20, 15, 0.5, 3, 6.5, 90, 9, 12),
        Patches: 10);

    private static SongSummary Song(string id, string? style, int low, int high) =>
        new(id, id, "artist", "ko", style, "easy", 60, low, high, false, $"/api/songs/{id}/audio", false);

    [Fact]
    public void Songs_of_the_predicted_timbre_come_first()
    {
        var songs = new[] { Song("b", "ballad", 50, 60), Song("t", "trot", 50, 60), Song("r", "rock", 50, 60) };

        var ranked = TimbreRecommender.Recommend(Trot, songs, range: null);

        Assert.Equal(["t", "b", "r"], ranked.Select(r => r.SongId));
        Assert.StartsWith("A trot song, like your voice", ranked[0].Reason);
        Assert.Null(ranked[0].FitsRange);
    }

    [Fact]
    public void A_song_reaching_outside_the_singer_s_range_ranks_below_one_inside_it()
    {
        var songs = new[] { Song("high", "trot", 55, 79), Song("fits", "trot", 55, 67) };

        var ranked = TimbreRecommender.Recommend(Trot, songs, new SingerRange(50, 70));

        Assert.Equal(["fits", "high"], ranked.Select(r => r.SongId));
        Assert.True(ranked[0].FitsRange);
        Assert.False(ranked[1].FitsRange);
        Assert.Contains("9 semitone(s) outside your range", ranked[1].Reason);
    }

    [Fact]
    public void Songs_of_a_timbre_the_voice_has_almost_nothing_of_are_not_suggested()
    {
        var trotOnly = Trot with { Probabilities = [new("ballad", 0.02), new("dance", 0.01), new("rock", 0.0), new("trot", 0.97)] };

        var ranked = TimbreRecommender.Recommend(trotOnly, [Song("r", "rock", 50, 60), Song("b", "ballad", 50, 60), Song("t", "trot", 50, 60)], range: null);

        Assert.Equal(["t"], ranked.Select(r => r.SongId));
    }

    [Fact]
    public void Songs_without_a_style_tag_are_not_suggested()
    {
        var ranked = TimbreRecommender.Recommend(Trot, [Song("untagged", null, 50, 60)], range: null);

        Assert.Empty(ranked);
    }
}
