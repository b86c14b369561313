using SingKing.Dsp.Evaluation;

namespace SingKing.Dsp.Tests.Evaluation;

public sealed class FrameGridTests
{
    [Fact]
    public void Each_frame_takes_the_estimate_nearest_to_its_centre()
    {
        double[] times = [0.001, 0.0116, 0.0199, 0.031];
        float[] hz = [100, 200, 300, 400];

        var grid = FrameGrid.Nearest(times, hz, 4);

        Assert.Equal([100f, 200f, 300f, 400f], grid);
    }

    [Fact]
    public void Frames_without_an_estimate_within_5_ms_are_unvoiced()
    {
        double[] times = [0.0, 0.032];
        float[] hz = [100, 200];

        var grid = FrameGrid.Nearest(times, hz, 5);

        Assert.Equal([100f, 0f, 0f, 200f, 0f], grid);
    }

    [Fact]
    public void Negative_unvoiced_markers_become_zero()
    {
        var grid = FrameGrid.Nearest([0.0, 0.01], [-150f, 150f], 2);

        Assert.Equal([0f, 150f], grid);
    }
}
