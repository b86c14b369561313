using System.Diagnostics;
using System.Globalization;
using System.Text;
using SingKing.Dsp.Evaluation;

namespace SingKing.Benchmarks.Accuracy;

/// <summary>
/// Side-by-side pitch accuracy of our tracker, NWaves, aubio and Praat on the 16 kHz renderings of the
/// <see cref="PitchCorpus"/>, in mir_eval's melody metrics, printed as Markdown.
/// Run: <c>dotnet run -c Release --project benchmarks/SingKing.Benchmarks -- accuracy [--out FILE] [--keep DIR] [--dump DIR]</c>.
/// </summary>
public static class AccuracyReport
{
    /// <summary>All tools see the same 16 kHz files: aubio and Praat read them, the others their samples.</summary>
    private const int SampleRate = 16_000;

    /// <summary>Runs the comparison.</summary>
    /// <param name="args">
    /// <c>--out FILE</c> writes the Markdown there too; <c>--keep DIR</c> keeps the WAVs in DIR; <c>--dump DIR</c>
    /// writes one CSV per clip with the truth and every tool's estimate per frame. A leading <c>accuracy</c> is ignored.
    /// </param>
    /// <returns>0 on success, 2 on bad arguments.</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? outPath = null, keepDir = null, dumpDir = null;
        for (var i = args.Length > 0 && args[0] == "accuracy" ? 1 : 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    outPath = args[++i];
                    break;
                case "--keep" when i + 1 < args.Length:
                    keepDir = args[++i];
                    break;
                case "--dump" when i + 1 < args.Length:
                    dumpDir = args[++i];
                    break;
                default:
                    await Console.Error.WriteLineAsync($"Unknown argument '{args[i]}'. Usage: accuracy [--out FILE] [--keep DIR] [--dump DIR]");
                    return 2;
            }
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        var folder = keepDir is null ? Directory.CreateTempSubdirectory("singking-accuracy-").FullName : Directory.CreateDirectory(keepDir).FullName;
        if (dumpDir is not null)
            Directory.CreateDirectory(dumpDir);
        try
        {
            var markdown = await CompareAsync(folder, dumpDir, cancellation.Token);
            Console.WriteLine(markdown);
            if (outPath is not null)
                await File.WriteAllTextAsync(outPath, markdown + await KeptDiscussionAsync(outPath, cancellation.Token), cancellation.Token);
            return 0;
        }
        finally
        {
            if (keepDir is null)
                Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The hand-written discussion at the end of an earlier report (from its <c>## Discussion</c> heading on),
    /// so regenerating the tables keeps it; the numbers it quotes must then be checked by hand.
    /// </summary>
    private static async Task<string> KeptDiscussionAsync(string outPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(outPath))
            return "";
        var previous = await File.ReadAllTextAsync(outPath, cancellationToken);
        var start = previous.IndexOf("\n" + DiscussionHeading, StringComparison.Ordinal);
        return start < 0 ? "" : previous[(start + 1)..];
    }

    private const string DiscussionHeading = "## Discussion";

    private static async Task<string> CompareAsync(string folder, string? dumpDir, CancellationToken cancellationToken)
    {
        var scriptPath = Path.Combine(folder, "pitch.praat");
        await File.WriteAllTextAsync(scriptPath, PraatEstimator.Script, cancellationToken);
        IPitchEstimator[] tools =
        [
            new SingKingEstimator(),
            new NWavesYinEstimator(),
            new AubioEstimator("yinfft"),
            new AubioEstimator("yin"),
            new PraatEstimator(scriptPath),
        ];

        var clips = PitchCorpus.Clips;
        var scores = new MelodyScore[tools.Length, clips.Count];
        var elapsed = new TimeSpan[tools.Length];
        var audioSeconds = 0.0;
        for (var c = 0; c < clips.Count; c++)
        {
            var take = clips[c].Render(SampleRate);
            audioSeconds += take.DurationSeconds;
            var samples = Pcm16Wav.Quantize(take.Samples);
            var path = Path.Combine(folder, clips[c].Name + ".wav");
            Pcm16Wav.Write(path, samples, SampleRate);
            var audio = new ClipAudio(path, samples, SampleRate, take.TruthHz.Length);

            var estimates = new float[tools.Length][];
            for (var t = 0; t < tools.Length; t++)
            {
                var clock = Stopwatch.StartNew();
                estimates[t] = await tools[t].EstimateAsync(audio, cancellationToken);
                elapsed[t] += clock.Elapsed;
                scores[t, c] = MelodyScore.Compare(take.TruthHz, estimates[t]);
            }

            if (dumpDir is not null)
                await DumpAsync(Path.Combine(dumpDir, clips[c].Name + ".csv"), take.TruthHz, tools, estimates, cancellationToken);
            await Console.Error.WriteLineAsync($"{clips[c].Name}: done");
        }

        return await DescribeAsync(tools, clips, scores, elapsed, audioSeconds, cancellationToken);
    }

    private static async Task<string> DescribeAsync(IPitchEstimator[] tools, IReadOnlyList<CorpusClip> clips, MelodyScore[,] scores,
        TimeSpan[] elapsed, double audioSeconds, CancellationToken cancellationToken)
    {
        var md = new StringBuilder();
        md.AppendLine("# Pitch accuracy on synthetic singing");
        md.AppendLine();
        md.AppendLine("Generated by:");
        md.AppendLine();
        md.AppendLine("```");
        md.AppendLine("dotnet run -c Release --project benchmarks/SingKing.Benchmarks -- accuracy --out docs/pitch-accuracy.md");
        md.AppendLine("```");
        md.AppendLine();
        md.AppendLine("## Tools");
        md.AppendLine();
        md.AppendLine($"- .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        foreach (var tool in tools)
            md.AppendLine($"- {tool.Name}");
        md.AppendLine($"- aubio-tools package version: {await VersionAsync("dpkg-query", ["-W", "-f", "${Version}", "aubio-tools"], cancellationToken)}");
        md.AppendLine($"- Praat version: {await VersionAsync("praat", ["--version"], cancellationToken)}");
        md.AppendLine();
        md.AppendLine("## Corpus");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"`SingKing.Dsp.Evaluation.PitchCorpus`: {clips.Count} synthetic clips, {audioSeconds:F1} s in all, every one rendered at 16 kHz for this comparison");
        md.AppendLine(
            "(the unit tests also use the 44.1 kHz renderings). Truth is the exact F0 of the synthesizer's contour at each 10 ms frame centre, " +
            "including vibrato and jitter; frames where the voice envelope is below 5 % of its peak are unvoiced.");
        md.AppendLine();
        md.AppendLine("| Clip | Condition | Description |");
        md.AppendLine("|---|---|---|");
        foreach (var clip in clips)
            md.AppendLine($"| {clip.Name} | {clip.Condition} | {clip.Description} |");
        md.AppendLine();

        md.AppendLine("## Overall");
        md.AppendLine();
        md.AppendLine("RPA raw pitch accuracy, RCA raw chroma accuracy (50 cent tolerance, an unvoiced estimate of a voiced frame is a miss), " +
            "Oct. octave error rate (share of voiced frames), VR voicing recall, VFA voicing false alarm, OA overall accuracy, " +
            "|error| mean absolute error in cents over correct frames; time is wall-clock time for all clips.");
        md.AppendLine();
        md.AppendLine("| Tool | RPA | RCA | Oct. | VR | VFA | OA | \\|error\\| (cents) | Time (s) |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|");
        for (var t = 0; t < tools.Length; t++)
        {
            var s = Pool(scores, t, Enumerable.Range(0, clips.Count));
            string[] cells =
            [
                tools[t].Name, Percent(s.RawPitchAccuracy), Percent(s.RawChromaAccuracy), Percent(s.OctaveErrorRate, 2),
                Percent(s.VoicingRecall), Percent(s.VoicingFalseAlarm), Percent(s.OverallAccuracy),
                s.MeanAbsoluteCentsError.ToString("F1", CultureInfo.InvariantCulture), elapsed[t].TotalSeconds.ToString("F1", CultureInfo.InvariantCulture),
            ];
            md.AppendLine("| " + string.Join(" | ", cells) + " |");
        }

        md.AppendLine();
        var conditions = clips.Select(c => c.Condition).Distinct().ToArray();
        AppendConditionTable(md, "Raw pitch accuracy per condition", tools, clips, conditions, scores, s => Percent(s.RawPitchAccuracy));
        AppendConditionTable(md, "Octave errors per condition (share of voiced frames)", tools, clips, conditions, scores, s => Percent(s.OctaveErrorRate, 2));
        AppendConditionTable(md, "Voicing false alarm per condition", tools, clips, conditions, scores, s => Percent(s.VoicingFalseAlarm));
        AppendConditionTable(md, "Voicing recall per condition", tools, clips, conditions, scores, s => Percent(s.VoicingRecall));
        AppendConditionTable(md, "Mean absolute error in cents over correct frames, per condition", tools, clips, conditions, scores,
            s => s.MeanAbsoluteCentsError.ToString("F1", CultureInfo.InvariantCulture));
        return md.ToString();
    }

    private static void AppendConditionTable(StringBuilder md, string title, IPitchEstimator[] tools, IReadOnlyList<CorpusClip> clips,
        string[] conditions, MelodyScore[,] scores, Func<MelodyScore, string> cell)
    {
        md.AppendLine($"## {title}");
        md.AppendLine();
        md.AppendLine("| Condition | " + string.Join(" | ", tools.Select(t => ShortName(t.Name))) + " |");
        md.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---|", tools.Length)));
        foreach (var condition in conditions)
        {
            var members = Enumerable.Range(0, clips.Count).Where(c => clips[c].Condition == condition).ToArray();
            var cells = Enumerable.Range(0, tools.Length).Select(t => cell(Pool(scores, t, members)));
            md.AppendLine($"| {condition} | " + string.Join(" | ", cells) + " |");
        }

        md.AppendLine();
    }

    private static MelodyScore Pool(MelodyScore[,] scores, int tool, IEnumerable<int> clips) =>
        clips.Aggregate(default(MelodyScore), (sum, c) => sum + scores[tool, c]);

    private static string ShortName(string name) => name.Split(" (")[0].Replace(" Pitch.FromYin", " YIN").Replace("SingKing PitchTracker", "SingKing");

    private static string Percent(double value, int decimals = 1) =>
        double.IsNaN(value) ? "–" : (100 * value).ToString("F" + decimals, CultureInfo.InvariantCulture) + " %";

    private static async Task<string> VersionAsync(string tool, string[] arguments, CancellationToken cancellationToken)
    {
        try
        {
            return (await ToolProcess.RunAsync(tool, arguments, cancellationToken)).Trim();
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return $"unknown ({e.Message.Split('\n')[0]})";
        }
    }

    private static async Task DumpAsync(string path, float[] truth, IPitchEstimator[] tools, float[][] estimates, CancellationToken cancellationToken)
    {
        var csv = new StringBuilder();
        csv.AppendLine("time_s,truth_hz," + string.Join(',', tools.Select(t => '"' + ShortName(t.Name) + '"')));
        for (var k = 0; k < truth.Length; k++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{k * 0.01:F2},{truth[k]:F2}");
            foreach (var estimate in estimates)
                csv.Append(CultureInfo.InvariantCulture, $",{estimate[k]:F2}");
            csv.AppendLine();
        }

        await File.WriteAllTextAsync(path, csv.ToString(), cancellationToken);
    }
}
