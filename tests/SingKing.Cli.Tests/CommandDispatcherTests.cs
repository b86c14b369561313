namespace SingKing.Cli.Tests;

public sealed class CommandDispatcherTests
{
    [Fact]
    public void No_arguments_prints_usage_listing_the_commands_on_stderr_and_exits_2()
    {
        var result = CliResult.Run();

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Usage: singking <command>", result.Stderr);
        Assert.Contains("  pitch FILE.wav", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_prints_usage_listing_the_commands_on_stdout_and_exits_0(string flag)
    {
        var result = CliResult.Run(flag);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Usage: singking <command>", result.Stdout);
        Assert.Contains("  pitch FILE.wav", result.Stdout);
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public void An_unknown_command_is_named_on_stderr_before_the_usage_and_exits_2()
    {
        var result = CliResult.Run("sing", "song.wav");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("singking: unknown command 'sing'.\nUsage: singking", result.Stderr);
        Assert.Empty(result.Stdout);
    }
}
