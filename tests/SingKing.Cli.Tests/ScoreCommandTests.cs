using System.Text.Json;
using SingKing.Cli.Commands;
using SingKing.Dsp.Synthesis;
using SingKing.Dsp.Tests.Audio;

namespace SingKing.Cli.Tests;

public sealed class ScoreCommandTests : IDisposable
{
    private const int SampleRate = 16_000;

    // Two lines at 120 BPM (a beat is 125 ms): notes of 375 ms with a breath between them, a long note to end each line.
    private const string Chart =
        """
        #TITLE:Scale
        #ARTIST:Nobody
        #BPM:120
        #GAP:500
        #AUDIO:scale.ogg
        : 0 3 0 Do
        : 4 3 2  re
        : 8 3 4  mi
        * 12 8 5  fa
        - 22
        : 24 3 7 Sol
        : 28 3 9  la
        : 32 3 11  ti
        : 36 8 12  do
        E
        """;

    private readonly TempDirectory _dir = new();

    [Fact]
    public void Score_of_a_take_sung_to_its_chart_prints_one_line_of_json_with_the_scores_lines_notes_and_tendencies()
    {
        var result = CliResult.Run("score", ChartFile(), Take());

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("{\"total\":", result.Stdout);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.InRange(root.GetProperty("total").GetDouble(), 8000, 10000);
        Assert.InRange(root.GetProperty("pitch").GetDouble(), 0.9, 1);
        Assert.InRange(root.GetProperty("rhythm").GetDouble(), 0.9, 1);
        Assert.InRange(root.GetProperty("lyrics").GetDouble(), 0.9, 1);
        Assert.Equal("medium", root.GetProperty("difficulty").GetString());
        var phrases = root.GetProperty("phrases");
        Assert.Equal(2, phrases.GetArrayLength());
        Assert.Equal(0.5, phrases[0].GetProperty("start").GetDouble(), 1e-9);
        Assert.Equal(3.0, phrases[0].GetProperty("end").GetDouble(), 1e-9);
        Assert.Equal("Do re mi fa", phrases[0].GetProperty("lyrics").GetString());
        Assert.Equal(0, phrases[1].GetProperty("faults").GetArrayLength());
        Assert.Equal(8, root.GetProperty("notes").GetArrayLength());
        Assert.Equal("golden", root.GetProperty("notes")[3].GetProperty("type").GetString());
        Assert.True(root.GetProperty("notes")[3].GetProperty("matched").GetBoolean());
        Assert.Equal(JsonValueKind.Number, root.GetProperty("tendencies").GetProperty("mean_cents").ValueKind);
    }

    [Fact]
    public void Score_takes_the_offset_off_a_late_take()
    {
        string chart = ChartFile();
        string late = Take(lateSeconds: 0.2, name: "late.wav");

        var uncorrected = Total(CliResult.Run("score", chart, late));
        var corrected = Total(CliResult.Run("score", chart, late, "--offset-ms", "200"));
        var onTime = Total(CliResult.Run("score", chart, Take()));

        Assert.InRange(Math.Abs(corrected - onTime), 0, 150);
        Assert.True(uncorrected < onTime - 1000, $"late {uncorrected} against on time {onTime}");
    }

    [Fact]
    public void Score_names_the_late_lines_in_their_faults()
    {
        var result = CliResult.Run("score", ChartFile(), Take(lateSeconds: 0.2, name: "late.wav"));

        using var json = JsonDocument.Parse(result.Stdout);
        foreach (var phrase in json.RootElement.GetProperty("phrases").EnumerateArray())
            Assert.Contains("late", phrase.GetProperty("faults").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public void Score_reads_the_same_wav_from_stdin()
    {
        string chart = ChartFile();
        string path = Take();
        byte[] wav = File.ReadAllBytes(path);
        var fromStdin = new CommandDispatcher([new ScoreCommand(() => new MemoryStream(wav))]);

        var fromFile = CliResult.Run("score", chart, path);
        var piped = CliResult.Run(fromStdin, "score", chart, "-");

        Assert.Equal(0, piped.ExitCode);
        Assert.Equal(fromFile.Stdout, piped.Stdout);
    }

    [Fact]
    public void Score_at_hard_difficulty_says_so()
    {
        var result = CliResult.Run("score", ChartFile(), Take(), "--difficulty", "hard");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"difficulty\":\"hard\"", result.Stdout);
    }

    [Fact]
    public void Score_on_a_missing_chart_says_there_is_no_such_file_and_exits_2()
    {
        string path = Path.Combine(_dir.Path, "missing.txt");

        var result = CliResult.Run("score", path, Take());

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"singking: {path}: no such file.\n", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Score_on_a_broken_chart_prints_each_error_with_its_line_and_exits_2()
    {
        string path = _dir.File("broken.txt", "#TITLE:Broken\n#ARTIST:Nobody\n#BPM:120\n#AUDIO:a.ogg\n: 0 x 0 la\n: 4 4 0 la\n: 8 4 y la\n"u8.ToArray());

        var result = CliResult.Run("score", path, Take());

        Assert.Equal(2, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"singking: {path}: line 5: note length \"x\"", lines[0]);
        Assert.StartsWith($"singking: {path}: line 7: note pitch \"y\"", lines[1]);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Score_on_a_voice_the_chart_lacks_says_which_it_has_and_exits_2()
    {
        string chart = ChartFile();

        var result = CliResult.Run("score", chart, Take(), "--voice", "2");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"singking: {chart}: the chart has no voice P2; it has P1.\n", result.Stderr);
    }

    [Fact]
    public void Score_refuses_a_broken_wav_with_one_line_on_stderr_and_exits_2()
    {
        string path = _dir.File("8bit.wav", new SyntheticWav { BitsPerSample = 8 }.Build(SyntheticWav.Tone(220, 0.1, SampleRate)));

        var result = CliResult.Run("score", ChartFile(), path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"singking: {path}: Unsupported 8-bit PCM", result.Stderr);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Score_on_a_missing_wav_says_there_is_no_such_file_and_exits_2()
    {
        string path = Path.Combine(_dir.Path, "missing.wav");

        var result = CliResult.Run("score", ChartFile(), path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"singking: {path}: no such file.\n", result.Stderr);
    }

    [Theory]
    [InlineData("--difficulty", "extreme", "singking: score: --difficulty is easy, medium or hard, not 'extreme'.")]
    [InlineData("--offset-ms", "soon", "singking: score: --offset-ms takes milliseconds from -5000 to 5000, not 'soon'.")]
    [InlineData("--offset-ms", "9000", "singking: score: --offset-ms takes milliseconds from -5000 to 5000, not '9000'.")]
    [InlineData("--voice", "0", "singking: score: --voice is a voice number from 1 to 9, not '0'.")]
    [InlineData("--loud", null, "singking: score: unknown option '--loud'.")]
    public void Score_refuses_a_bad_option_with_its_usage_and_exits_2(string option, string? value, string message)
    {
        string[] args = value is null ? ["score", ChartFile(), Take(), option] : ["score", ChartFile(), Take(), option, value];

        var result = CliResult.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(message + "\nUsage: singking score CHART.txt TAKE.wav", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Score_without_a_wav_prints_its_usage_and_exits_2()
    {
        var result = CliResult.Run("score", ChartFile());

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("singking: score needs a chart and a WAV file.\nUsage: singking score CHART.txt TAKE.wav", result.Stderr);
    }

    [Fact]
    public void The_usage_of_singking_lists_score()
    {
        var result = CliResult.Run("--help");

        Assert.Contains("  score CHART.txt TAKE.wav", result.Stdout);
    }

    private static double Total(CliResult result)
    {
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.GetProperty("total").GetDouble();
    }

    private string ChartFile() => _dir.File("scale.txt", System.Text.Encoding.UTF8.GetBytes(Chart));

    /// <summary>The chart sung at its own pitches, <paramref name="lateSeconds"/> behind, with a light vibrato and scoops.</summary>
    private string Take(double lateSeconds = 0, string name = "take.wav")
    {
        // Beat b is at 0.5 + b × 0.125 s; notes as in the chart.
        (int Start, int Length, int Pitch)[] notes = [(0, 3, 0), (4, 3, 2), (8, 3, 4), (12, 8, 5), (24, 3, 7), (28, 3, 9), (32, 3, 11), (36, 8, 12)];
        var sung = notes.Select(n => SungNote.FromMidi(60 + n.Pitch, 0.5 + n.Start * 0.125 + lateSeconds, n.Length * 0.125)).ToList();
        var expression = new F0ContourOptions
        {
            Vibrato = new VibratoOptions { ExtentCents = 30 },
            Scoop = new ScoopOptions { DepthCents = 80, GlideSeconds = 0.08 },
            JitterCents = 6,
        };
        var take = new VoiceSynthesizer(new VoiceOptions { VocalTract = VocalTract.Female })
            .Synthesize(new F0Contour(sung, expression), SampleRate, 6.5 + lateSeconds, seed: 7);
        return _dir.File(name, new SyntheticWav { SampleRate = SampleRate }.Build(take.Samples));
    }

    public void Dispose() => _dir.Dispose();
}
