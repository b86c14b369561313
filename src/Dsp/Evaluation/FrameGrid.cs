namespace SingKing.Dsp.Evaluation;

/// <summary>Puts F0 tracks from other tools on the 10 ms frame grid of the truth (frame k at k × 10 ms).</summary>
public static class FrameGrid
{
    /// <summary>Frame spacing in seconds.</summary>
    public const double FrameSeconds = 0.010;

    /// <summary>
    /// For each frame k, the estimate whose time stamp is nearest to k × 10 ms, if one lies within half a frame
    /// (5 ms); otherwise 0 (unvoiced). Time stamps must already mean the centre of the analysed audio.
    /// </summary>
    /// <param name="timesSeconds">Time stamps of the estimates in seconds, ascending.</param>
    /// <param name="frequenciesHz">Estimates in Hz, 0 or less when unvoiced.</param>
    /// <param name="frameCount">Length of the grid.</param>
    public static float[] Nearest(IReadOnlyList<double> timesSeconds, IReadOnlyList<float> frequenciesHz, int frameCount)
    {
        ArgumentNullException.ThrowIfNull(timesSeconds);
        ArgumentNullException.ThrowIfNull(frequenciesHz);
        if (timesSeconds.Count != frequenciesHz.Count)
            throw new ArgumentException("Need one time stamp per estimate.", nameof(frequenciesHz));
        var grid = new float[frameCount];
        var j = 0;
        for (var k = 0; k < frameCount; k++)
        {
            var t = k * FrameSeconds;
            while (j + 1 < timesSeconds.Count && Math.Abs(timesSeconds[j + 1] - t) <= Math.Abs(timesSeconds[j] - t))
                j++;
            if (j < timesSeconds.Count && Math.Abs(timesSeconds[j] - t) <= FrameSeconds / 2 + 1e-9)
                grid[k] = Math.Max(0f, frequenciesHz[j]);
        }

        return grid;
    }
}
