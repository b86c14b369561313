using System.Globalization;
using SingKing.Dsp.Evaluation;

namespace SingKing.Benchmarks.Accuracy;

/// <summary>
/// aubio's <c>aubiopitch</c> command. aubio prints time b × hop for block b, whose analysis buffer holds the
/// <c>B</c> samples ending at (b + 1) × hop. Each estimate is moved to the centre of the audio it describes
/// before taking the nearest one for each 10 ms frame: yinfft weighs the whole buffer with a Hann window, so
/// its centre is B / 2 into the buffer (printed time − 22 ms for hop 160 and B 1024 at 16 kHz); yin's
/// difference function compares the first B / 2 samples with lagged copies, so for singing periods
/// (lags ≪ B / 2) the audio it describes is centred about B / 4 into the buffer (printed time − 38 ms).
/// </summary>
internal sealed class AubioEstimator(string method) : IPitchEstimator
{
    private const int BufferSamples = 1024;
    private const int SilenceDb = -90;

    public string Name => $"aubio {method} (-B {BufferSamples} -H 10 ms -s {SilenceDb})";

    public async Task<float[]> EstimateAsync(ClipAudio clip, CancellationToken cancellationToken)
    {
        var hop = clip.SampleRate / 100;
        string[] arguments =
        [
            "-i", clip.WavPath, "-p", method, "-H", hop.ToString(CultureInfo.InvariantCulture),
            "-B", BufferSamples.ToString(CultureInfo.InvariantCulture), "-s", SilenceDb.ToString(CultureInfo.InvariantCulture),
        ];
        var output = await ToolProcess.RunAsync("aubiopitch", arguments, cancellationToken);

        var centreInBuffer = method == "yin" ? BufferSamples / 4.0 : BufferSamples / 2.0;
        var shift = (hop - BufferSamples + centreInBuffer) / clip.SampleRate;
        var times = new List<double>();
        var hz = new List<float>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
                continue;
            times.Add(double.Parse(parts[0], CultureInfo.InvariantCulture) + shift);
            hz.Add(float.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        return FrameGrid.Nearest(times, hz, clip.FrameCount);
    }
}
