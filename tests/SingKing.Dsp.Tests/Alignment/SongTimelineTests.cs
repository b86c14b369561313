using SingKing.Dsp.Alignment;

namespace SingKing.Dsp.Tests.Alignment;

public sealed class SongTimelineTests
{
    private const int Rate = 100;

    // Sample k of the take holds k + 1, so every sample can be found where it landed.
    private static readonly float[] Take = [.. Enumerable.Range(1, 500).Select(k => (float)k)];

    [Fact]
    public void Without_corrections_the_take_is_the_song()
    {
        var song = SongTimeline.Place(Take, Rate, []);

        Assert.Equal(Take, song);
    }

    [Fact]
    public void A_count_in_before_song_time_0_is_dropped()
    {
        var song = SongTimeline.Place(Take, Rate, [new SongClockMark(0, -1.5)]);

        Assert.Equal(350, song.Length);
        Assert.Equal(151f, song[0]);
        Assert.Equal(500f, song[^1]);
    }

    [Fact]
    public void Audio_that_never_arrived_becomes_silence_and_later_audio_stays_on_time()
    {
        // Samples 0–199 were song time 0–1.99 s; the next 0.5 s were lost; take sample 200 is song time 2.5 s.
        var song = SongTimeline.Place(Take, Rate, [new SongClockMark(200, 2.5)]);

        Assert.Equal(550, song.Length);
        Assert.Equal(200f, song[199]);
        Assert.All(song[200..250], s => Assert.Equal(0f, s));
        Assert.Equal(201f, song[250]);
        Assert.Equal(500f, song[^1]);
    }

    [Fact]
    public void Where_the_clock_steps_back_the_later_audio_wins()
    {
        var song = SongTimeline.Place(Take, Rate, [new SongClockMark(300, 2.9)]);

        Assert.Equal(490, song.Length);
        Assert.Equal(290f, song[289]);
        Assert.Equal(301f, song[290]);
    }

    [Fact]
    public void A_take_that_ends_before_the_song_starts_places_nothing()
    {
        var song = SongTimeline.Place(Take, Rate, [new SongClockMark(0, -10)]);

        Assert.Empty(song);
    }
}
