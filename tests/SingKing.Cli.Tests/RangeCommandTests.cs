using System.Globalization;
using System.Text.Json;
using SingKing.Cli.Commands;
using SingKing.Dsp.Synthesis;
using SingKing.Dsp.Tests.Audio;

namespace SingKing.Cli.Tests;

public sealed class RangeCommandTests : IDisposable
{
    private const int SampleRate = 16_000;

    // Comfortable A3, down to A2, back, up to F4; natural vibrato, scoops, glides and jitter.
    private static readonly (string, double)[] BaritoneTake =
    [
        ("A3", 2.0), ("rest", 0.3), ("G3", 0.8), ("E3", 0.8), ("C3", 0.8), ("A2", 0.8), ("rest", 0.3),
        ("C3", 0.8), ("E3", 0.8), ("G3", 0.8), ("A3", 0.8), ("C4", 0.8), ("E4", 0.8), ("F4", 0.8),
    ];

    private static readonly F0ContourOptions Natural = new()
    {
        Vibrato = new VibratoOptions { ExtentCents = 30 },
        Scoop = new ScoopOptions(),
        PortamentoSeconds = 0.06,
        JitterCents = 6,
    };

    private readonly TempDirectory _dir = new();

    [Fact]
    public void Range_of_a_baritone_take_prints_one_line_of_json_with_the_contracts_keys_in_order()
    {
        string path = Wav("baritone.wav", SingingVoice.Melody(SampleRate, BaritoneTake, null, Natural, seed: 11).Samples);

        var result = CliResult.Run("range", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.EndsWith("\n", result.Stdout);
        Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(
            "^\\{\"lowest\":\"A2\",\"highest\":\"F4\",\"lowest_hz\":\\d+\\.\\d,\"highest_hz\":\\d+\\.\\d,\"semitones\":20," +
            "\"voice_type\":\"baritone\",\"octaves\":1\\.67,\"tessitura_low\":\"[A-G]#?\\d\",\"tessitura_high\":\"[A-G]#?\\d\"\\}\n$",
            result.Stdout);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(110.0, json.RootElement.GetProperty("lowest_hz").GetDouble(), 0.5);
        Assert.Equal(349.2, json.RootElement.GetProperty("highest_hz").GetDouble(), 0.8);
    }

    [Fact]
    public void Range_writes_invariant_decimals_whatever_the_locale()
    {
        string path = Wav("e3.wav", SingingVoice.Melody(SampleRate, ("E3", 1.0), ("rest", 0.2), ("B3", 1.0)).Samples);
        CultureInfo before = CultureInfo.CurrentCulture;
        CliResult result;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            result = CliResult.Run("range", path);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"lowest_hz\":164.8,", result.Stdout);
        Assert.Contains("\"octaves\":0.58,", result.Stdout);
    }

    [Fact]
    public void Range_of_a_take_with_no_held_note_says_so_on_stderr_and_exits_1()
    {
        // Quick notes of 0.3 s: sung, tracked, but none held long enough.
        string path = Wav("scale.wav", SingingVoice.Melody(SampleRate, ("C4", 0.3), ("D4", 0.3), ("E4", 0.3), ("F4", 0.3), ("G4", 0.3)).Samples);

        var result = CliResult.Run("range", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"singking: {path}: no note was held steadily for 0.5 s; hold a note longer\n", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Range_of_silence_exits_1()
    {
        string path = Wav("silence.wav", new float[SampleRate * 2]);

        Assert.Equal(1, CliResult.Run("range", path).ExitCode);
    }

    [Theory]
    [InlineData("empty.wav", "Not a WAV file")]
    [InlineData("8bit.wav", "Unsupported 8-bit PCM")]
    [InlineData("cut.wav", "Truncated WAV header")]
    public void Range_refuses_a_broken_file_with_one_line_on_stderr_and_exit_code_2(string name, string reason)
    {
        float[] tone = SyntheticWav.Tone(220, 0.1, SampleRate);
        byte[] contents = name switch
        {
            "empty.wav" => [],
            "8bit.wav" => new SyntheticWav { BitsPerSample = 8 }.Build(tone),
            _ => new SyntheticWav().Build(tone)[..30],
        };
        string path = _dir.File(name, contents);

        var result = CliResult.Run("range", path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"singking: {path}: ", result.Stderr);
        Assert.Contains(reason, result.Stderr);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Range_on_a_missing_file_says_there_is_no_such_file_and_exits_2()
    {
        string path = Path.Combine(_dir.Path, "missing.wav");

        var result = CliResult.Run("range", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"singking: {path}: no such file.\n", result.Stderr);
    }

    [Fact]
    public void Range_reads_the_same_wav_from_stdin()
    {
        byte[] wav = new SyntheticWav { SampleRate = SampleRate }.Build(SingingVoice.Melody(SampleRate, ("G2", 1.0), ("D4", 1.0)).Samples);
        string path = _dir.File("take.wav", wav);
        var fromStdin = new CommandDispatcher([new RangeCommand(() => new MemoryStream(wav))]);

        var fromFile = CliResult.Run("range", path);
        var piped = CliResult.Run(fromStdin, "range", "-");

        Assert.Equal(0, piped.ExitCode);
        Assert.StartsWith("{\"lowest\":\"G2\",\"highest\":\"D4\",", piped.Stdout);
        Assert.Equal(fromFile.Stdout, piped.Stdout);
    }

    [Fact]
    public void Range_without_a_file_prints_its_usage_and_exits_2()
    {
        var result = CliResult.Run("range");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("singking: range needs a WAV file.\nUsage: singking range FILE.wav", result.Stderr);
    }

    [Fact]
    public void The_usage_of_singking_lists_range()
    {
        var result = CliResult.Run("--help");

        Assert.Contains("  range FILE.wav", result.Stdout);
    }

    private string Wav(string name, float[] samples) =>
        _dir.File(name, new SyntheticWav { SampleRate = SampleRate }.Build(samples));

    public void Dispose() => _dir.Dispose();
}
