using SingKing.Cli.Commands;
using SingKing.Dsp.Tests.Audio;

namespace SingKing.Cli.Tests;

public sealed class PitchCommandErrorTests : IDisposable
{
    private static readonly float[] Tone = SyntheticWav.Tone(220, 0.1, 16_000);
    private readonly TempDirectory _dir = new();

    public static TheoryData<string, byte[], string> BrokenFiles() => new()
    {
        { "empty.wav", [], "Not a WAV file" },
        { "notes.txt.wav", "C4 D4 E4\n"u8.ToArray(), "Not a WAV file" },
        { "96k.wav", new SyntheticWav { SampleRate = 96_000 }.Build(Tone), "Unsupported sample rate 96000 Hz: SingKing reads 8–48 kHz." },
        { "8bit.wav", new SyntheticWav { BitsPerSample = 8 }.Build(Tone), "Unsupported 8-bit PCM" },
        { "int32.wav", new SyntheticWav { BitsPerSample = 32 }.Build(Tone), "Unsupported 32-bit PCM" },
        { "mulaw.wav", new SyntheticWav { FormatTag = 7, BitsPerSample = 8 }.Build(Tone), "µ-law" },
        { "cut.wav", new SyntheticWav().Build(Tone)[..30], "Truncated WAV header" },
        { "nodata.wav", new SyntheticWav { OmitData = true }.Build(Tone), "no 'data' chunk" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Pitch_refuses_a_broken_or_unsupported_file_with_one_line_on_stderr_and_exit_code_2(string name, byte[] contents, string reason)
    {
        string path = _dir.File(name, contents);

        var result = CliResult.Run("pitch", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"singking: {path}: ", result.Stderr[..$"singking: {path}: ".Length]);
        Assert.Contains(reason, result.Stderr);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Pitch_on_a_missing_file_says_there_is_no_such_file_and_exits_2()
    {
        string path = Path.Combine(_dir.Path, "missing.wav");

        var result = CliResult.Run("pitch", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"singking: {path}: no such file.\n", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Pitch_on_a_file_in_a_missing_directory_says_there_is_no_such_file_and_exits_2()
    {
        string path = Path.Combine(_dir.Path, "nowhere", "take.wav");

        var result = CliResult.Run("pitch", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"singking: {path}: no such file.\n", result.Stderr);
    }

    [Fact]
    public void Pitch_on_a_directory_says_it_is_not_a_wav_file_and_exits_2()
    {
        var result = CliResult.Run("pitch", _dir.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"singking: {_dir.Path}: is a directory, not a WAV file.\n", result.Stderr);
    }

    [Fact]
    public void Pitch_names_stdin_when_the_piped_wav_is_unreadable()
    {
        byte[] wav = new SyntheticWav { BitsPerSample = 8 }.Build(new float[100]);
        var fromStdin = new CommandDispatcher([new PitchCommand(() => new MemoryStream(wav))]);

        var result = CliResult.Run(fromStdin, "pitch", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("singking: stdin: Unsupported 8-bit PCM", result.Stderr);
    }

    public void Dispose() => _dir.Dispose();
}
