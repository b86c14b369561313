namespace SingKing.Cli.Tests;

public sealed class PitchCommandUsageTests
{
    [Fact]
    public void Pitch_without_a_file_says_so_and_exits_2()
    {
        var result = CliResult.Run("pitch");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("singking: pitch needs a WAV file.\nUsage: singking pitch FILE.wav", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Pitch_with_two_files_says_it_takes_one_and_exits_2()
    {
        var result = CliResult.Run("pitch", "a.wav", "b.wav");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("singking: pitch takes one WAV file, not 'a.wav b.wav'.", result.Stderr);
    }

    [Fact]
    public void Pitch_with_an_unknown_option_exits_2()
    {
        var result = CliResult.Run("pitch", "--fast");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("singking: pitch takes one WAV file, not '--fast'.", result.Stderr);
    }

    [Fact]
    public void Pitch_help_prints_the_command_usage_on_stdout_and_exits_0()
    {
        var result = CliResult.Run("pitch", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Usage: singking pitch FILE.wav", result.Stdout);
        Assert.Empty(result.Stderr);
    }
}
