using SingKing.Dsp.Calibration;

namespace SingKing.Dsp.Tests.Calibration;

public sealed class ClickTrackTests
{
    [Fact]
    public void Standard_track_has_eight_clicks_at_all_different_intervals_of_half_a_second_or_more()
    {
        var times = ClickTrack.Standard.ClickTimesSeconds;
        var intervals = times.Zip(times.Skip(1), (a, b) => Math.Round(b - a, 6)).ToArray();

        Assert.Equal(8, times.Count);
        Assert.All(intervals, i => Assert.InRange(i, 0.5, 0.7));
        Assert.Equal(intervals.Length, intervals.Distinct().Count());
    }

    [Theory]
    [InlineData(48_000)]
    [InlineData(16_000)]
    public void Rendered_track_is_silent_except_during_each_click(int sampleRate)
    {
        var track = ClickTrack.Standard;
        var samples = track.Render(sampleRate);

        Assert.Equal((int)Math.Ceiling(track.DurationSeconds * sampleRate), samples.Length);
        for (var n = 0; n < samples.Length; n++)
        {
            var t = n / (double)sampleRate;
            var inClick = track.ClickTimesSeconds.Any(c => t >= c && t < c + track.ClickSeconds);
            if (!inClick)
                Assert.Equal(0f, samples[n]);
        }
        Assert.InRange(samples.Max(Math.Abs), 0.45f, 0.5f);
    }

    [Fact]
    public void Click_times_that_do_not_increase_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new ClickTrack([0.5, 0.4]));
    }
}
