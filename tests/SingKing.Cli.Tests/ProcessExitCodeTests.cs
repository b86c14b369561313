using System.Diagnostics;
using SingKing.Dsp.Tests.Audio;

namespace SingKing.Cli.Tests;

/// <summary>Runs the built <c>singking.dll</c> as a real process, to check what reaches the shell.</summary>
public sealed class ProcessExitCodeTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Process_exits_0_and_prints_the_csv_for_a_good_file()
    {
        string path = _dir.File("take.wav", new SyntheticWav().Build(SyntheticWav.Tone(220, 0.5, 16_000, 0.5, 0.25)));

        var result = await RunAsync("pitch", path);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("time_s,f0_hz,confidence\n0.000,", result.Stdout);
        Assert.Equal(50, result.Rows.Length); // 0.5 s
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public async Task Process_exits_2_with_one_line_on_stderr_for_a_missing_file()
    {
        string path = Path.Combine(_dir.Path, "missing.wav");

        var result = await RunAsync("pitch", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"singking: {path}: no such file.\n", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task Process_exits_2_with_one_line_on_stderr_for_an_unsupported_file()
    {
        string path = _dir.File("96k.wav", new SyntheticWav { SampleRate = 96_000 }.Build(new float[960]));

        var result = await RunAsync("pitch", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"singking: {path}: Unsupported sample rate 96000 Hz: SingKing reads 8–48 kHz.\n", result.Stderr);
    }

    [Fact]
    public async Task Process_exits_2_with_usage_when_run_without_arguments()
    {
        var result = await RunAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Usage: singking", result.Stderr);
    }

    private static async Task<CliResult> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "singking.dll"));
        foreach (string arg in args)
            start.ArgumentList.Add(arg);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet singking.dll.");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"singking {string.Join(' ', args)} did not exit within {Timeout.TotalSeconds} s.");
        }
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public void Dispose() => _dir.Dispose();
}
