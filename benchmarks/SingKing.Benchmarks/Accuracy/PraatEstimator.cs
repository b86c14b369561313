using System.Globalization;

namespace SingKing.Benchmarks.Accuracy;

/// <summary>
/// Praat's autocorrelation pitch (Boersma, "Accurate short-term analysis of the fundamental frequency and
/// the harmonics-to-noise ratio of a sampled sound", IFA Proceedings 1993) with a 10 ms step, 60–1100 Hz.
/// Praat centres its frames symmetrically in the file, so the script asks Praat for the value at each of
/// our frame centres k × 10 ms with its own linear interpolation instead of shifting frames by hand.
/// </summary>
internal sealed class PraatEstimator(string scriptPath) : IPitchEstimator
{
    public const string Script = """
        form Pitch at frame centres
          sentence file
          natural frames
        endform
        Read from file: file$
        To Pitch (ac): 0.01, 60, 15, "no", 0.03, 0.45, 0.01, 0.35, 0.14, 1100
        for k from 0 to frames - 1
          f = Get value at time: k * 0.01, "Hertz", "linear"
          appendInfoLine: f
        endfor
        """;

    public string Name => "Praat To Pitch (ac): 0.01, 60, 15, no, 0.03, 0.45, 0.01, 0.35, 0.14, 1100";

    public async Task<float[]> EstimateAsync(ClipAudio clip, CancellationToken cancellationToken)
    {
        string[] arguments = ["--run", scriptPath, clip.WavPath, clip.FrameCount.ToString(CultureInfo.InvariantCulture)];
        var output = await ToolProcess.RunAsync("praat", arguments, cancellationToken);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length != clip.FrameCount)
            throw new InvalidOperationException($"Praat printed {lines.Length} values for {clip.FrameCount} frames of {clip.WavPath}.");

        // Praat prints "--undefined--" for unvoiced frames.
        return lines.Select(l => float.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out var hz) ? hz : 0f).ToArray();
    }
}
