using SingKing.Cli.Load;

namespace SingKing.Cli.Tests.Load;

public sealed class LoadArgumentTests
{
    [Theory]
    [InlineData("http://example.com:5080")]
    [InlineData("http://10.0.0.7:5080")]
    [InlineData("http://192.168.1.20")]
    [InlineData("http://localhost.example.com")]
    public void A_host_that_is_not_on_this_machine_is_refused_with_exit_code_2(string url)
    {
        var result = CliResult.Run("load", "--url", url, "--singers", "1", "--seconds", "1", "--wav", "take.wav");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("singking: load: --url must be a loopback address", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Theory]
    [InlineData("http://localhost:5080")]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://[::1]:5080")]
    public void Loopback_hosts_are_accepted(string url)
    {
        var settings = LoadSettings.Parse(["--url", url, "--singers", "3", "--seconds", "2", "--wav", "take.wav"], out var error);

        Assert.Null(error);
        Assert.NotNull(settings);
        Assert.Equal(3, settings.Singers);
        Assert.Equal(40, settings.ChunkMs);
        Assert.Equal(LoadMode.Product, settings.Mode);
        Assert.Equal(50, settings.ChunksPerSinger);
        Assert.Equal(640, settings.ChunkSamples);
    }

    [Fact]
    public void A_warm_up_is_streamed_on_top_of_the_measured_seconds()
    {
        var settings = LoadSettings.Parse(
            ["--url", "http://127.0.0.1:5080", "--singers", "3", "--seconds", "2", "--warmup-seconds", "1.5", "--wav", "take.wav"], out var error);

        Assert.Null(error);
        Assert.Equal(1.5, settings!.WarmupSeconds);
        Assert.Equal(88, settings.ChunksPerSinger);
    }

    [Theory]
    [InlineData("--singers", "0", "--singers is a whole number from 1 to 2000")]
    [InlineData("--singers", "2001", "--singers is a whole number from 1 to 2000")]
    [InlineData("--seconds", "0", "--seconds is a number of seconds above 0 and at most 600")]
    [InlineData("--seconds", "601", "--seconds is a number of seconds above 0 and at most 600")]
    [InlineData("--chunk-ms", "30", "--chunk-ms is 20, 40 or 100")]
    [InlineData("--mode", "fast", "--mode is product, echo or both")]
    [InlineData("--ramp-seconds", "301", "--ramp-seconds is a number of seconds from 0 to 300")]
    [InlineData("--warmup-seconds", "301", "--warmup-seconds is a number of seconds from 0 to 300")]
    [InlineData("--warmup-seconds", "-1", "--warmup-seconds is a number of seconds from 0 to 300")]
    [InlineData("--host-pid", "0", "--host-pid is the host's process id")]
    [InlineData("--song", "../songs", "--song is a song id of the host's library")]
    [InlineData("--song", "", "--song is a song id of the host's library")]
    public void Values_out_of_bounds_are_refused_with_what_to_give(string option, string value, string message)
    {
        List<string> args = ["--url", "http://127.0.0.1:5080", "--singers", "2", "--seconds", "2", "--wav", "take.wav"];
        var at = args.IndexOf(option);
        if (at >= 0)
            args[at + 1] = value;
        else
            args.AddRange([option, value]);

        var result = CliResult.Run(["load", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("singking: load: " + message, result.Stderr);
    }

    [Theory]
    [InlineData("--url")]
    [InlineData("--singers")]
    [InlineData("--seconds")]
    [InlineData("--wav")]
    public void Each_required_option_is_named_when_missing(string missing)
    {
        string[] all = ["--url", "http://127.0.0.1:5080", "--singers", "2", "--seconds", "2", "--wav", "take.wav"];
        var at = Array.IndexOf(all, missing);
        string[] args = [.. all[..at], .. all[(at + 2)..]];

        var result = CliResult.Run(["load", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"singking: load: {missing} is required.", result.Stderr);
    }

    [Fact]
    public void A_missing_WAV_is_named_before_anything_is_sent()
    {
        var result = CliResult.Run("load", "--url", "http://127.0.0.1:9", "--singers", "1", "--seconds", "1", "--wav", "no-such-take.wav");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("singking: no-such-take.wav: no such file.\n", result.Stderr);
    }
}
