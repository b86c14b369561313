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

    [Fact]
    public async Task Pitch_is_the_same_without_vector_instructions()
    {
        // The tracker's FFTs and lag sums run on SIMD vectors where the processor has them and on scalar code where it
        // has not; a sung-like glide with harmonics must come out the same both ways, to rounding.
        const int rate = 16_000;
        var samples = new float[2 * rate];
        double phase = 0;
        for (var n = 0; n < samples.Length; n++)
        {
            var f0 = 150 * Math.Pow(4, n / (double)samples.Length);
            phase += 2 * Math.PI * f0 / rate;
            samples[n] = (float)(0.3 * Math.Sin(phase) + 0.15 * Math.Sin(2 * phase) + 0.08 * Math.Sin(3 * phase));
        }
        string path = _dir.File("glide.wav", new SyntheticWav().Build(samples));

        var vector = await RunAsync("pitch", path);
        var scalar = await RunAsync(new Dictionary<string, string> { ["DOTNET_EnableHWIntrinsic"] = "0" }, "pitch", path);

        Assert.Equal(0, scalar.ExitCode);
        Assert.Equal(vector.Rows.Length, scalar.Rows.Length);
        var voiced = 0;
        for (var i = 0; i < vector.Rows.Length; i++)
        {
            var a = vector.Rows[i].Split(',').Select(double.Parse).ToArray();
            var b = scalar.Rows[i].Split(',').Select(double.Parse).ToArray();
            Assert.Equal(a[0], b[0]);
            Assert.Equal(a[1], b[1], 0.02);
            Assert.Equal(a[2], b[2], 0.002);
            if (a[1] > 0) voiced++;
        }
        Assert.True(voiced > vector.Rows.Length * 0.9, $"{voiced} of {vector.Rows.Length} frames voiced");
    }

    private static Task<CliResult> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    private static async Task<CliResult> RunAsync(Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
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
