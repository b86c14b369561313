using SingKing.Dsp.Alignment;

namespace SingKing.Dsp.Tests.Alignment;

public sealed class SongClockTests
{
    private const int Rate = 16_000;

    [Fact]
    public void Without_marks_song_time_is_take_time()
    {
        var clock = new SongClock(Rate);

        Assert.Equal(0.25, clock.ToSongSeconds(0.25), 9);
        Assert.Equal(12.5, clock.ToSongSeconds(12.5), 9);
    }

    [Fact]
    public void A_count_in_mark_shifts_the_whole_take()
    {
        var clock = new SongClock(Rate);

        Assert.True(clock.Mark(0, -3.0));

        Assert.Equal(-3.0, clock.ToSongSeconds(0), 9);
        Assert.Equal(2.0, clock.ToSongSeconds(5.0), 9);
    }

    [Fact]
    public void Marks_that_agree_with_the_clock_are_not_kept()
    {
        var clock = new SongClock(Rate);
        clock.Mark(0, -1.0);

        // 40 ms chunks, stamped exactly as the clock already runs (and one within a fraction of a millisecond).
        for (var k = 1; k < 1_000; k++)
            Assert.False(clock.Mark(k * 640L, -1.0 + k * 0.040 + (k == 500 ? 0.0004 : 0)));

        Assert.Single(clock.Corrections);
    }

    [Fact]
    public void A_dropped_chunk_moves_later_frames_to_where_the_song_was()
    {
        var clock = new SongClock(Rate);
        clock.Mark(0, 0);
        clock.Mark(640, 0.040);
        // The next 40 ms never arrived: the following chunk starts at take sample 1280 but song time 0.120.
        Assert.True(clock.Mark(1_280, 0.120));

        Assert.Equal(0.070, clock.ToSongSeconds(0.070), 9);
        Assert.Equal(0.130, clock.ToSongSeconds(0.090), 9);
        Assert.Equal(new SongClockMark(1_280, 0.120), clock.Corrections[^1]);
    }

    [Fact]
    public void Song_time_never_runs_backwards_across_a_small_step_back()
    {
        var clock = new SongClock(Rate);
        clock.Mark(0, 0);
        // The client's stamp for the second chunk is 30 ms behind where the clock had it.
        clock.Mark(640, 0.010);

        var before = clock.ToSongSeconds(0.035);
        var atStep = clock.ToSongSeconds(0.045);
        var later = clock.ToSongSeconds(0.100);

        Assert.Equal(0.035, before, 9);
        Assert.Equal(0.035, atStep, 9);
        Assert.Equal(0.070, later, 9);
    }

    [Fact]
    public void A_mark_far_behind_the_song_is_refused_and_changes_nothing()
    {
        var clock = new SongClock(Rate);
        clock.Mark(0, 10.0);

        var problem = clock.Check(16_000, 9.0);

        Assert.NotNull(problem);
        Assert.Contains("went back", problem);
        Assert.Throws<ArgumentException>(() => clock.Mark(16_000, 9.0));
        Assert.Single(clock.Corrections);
        Assert.Equal(11.0, clock.ToSongSeconds(1.0), 9);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_mark_that_is_not_a_time_is_refused(double songSeconds)
    {
        var clock = new SongClock(Rate);

        Assert.NotNull(clock.Check(0, songSeconds));
        Assert.Empty(clock.Corrections);
    }

    [Fact]
    public void A_mark_before_the_previous_one_is_refused()
    {
        var clock = new SongClock(Rate);
        clock.Mark(6_400, 0.4);

        Assert.Contains("comes before", clock.Check(640, 0.04));
    }
}
