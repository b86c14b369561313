using SingKing.Cli.Load;
using SingKing.Dsp.Audio;

namespace SingKing.Cli.Commands;

/// <summary>
/// <c>singking load --url URL --singers N --seconds S --wav FILE [...]</c>: N simulated singers, each signed up as
/// a fresh account, stream the WAV in real time through the singing hub (or the bare-echo hub) of a host on this
/// machine, and the run reports chunk→feedback latency percentiles, late and missing frames, errors by kind and CPU.
/// </summary>
internal sealed class LoadCommand(TimeProvider? time = null) : ICommand
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    private const string InlineSocketCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public string Name => "load";

    public string Arguments => "--url URL --singers N --seconds S --wav FILE";

    public string Summary => "Stream real-time singers at a host on this machine and report feedback latency and CPU.";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 1 && args[0] is "--help" or "-h")
        {
            WriteUsage(stdout);
            return ExitCodes.Success;
        }

        if (LoadSettings.Parse(args, out var error) is not { } settings)
        {
            stderr.WriteLine($"singking: load: {error}");
            WriteUsage(stderr);
            return ExitCodes.UsageOrInput;
        }

        // Answers are read on the socket engine's own thread instead of being handed to the thread pool one by one: the
        // tool's work per answer is a few microseconds, and each hand-off woke a thread, CPU the host under test
        // shares. The runtime reads this once, before the process's first socket; the load command is the first.
        if (Environment.GetEnvironmentVariable(InlineSocketCompletions) is null)
            Environment.SetEnvironmentVariable(InlineSocketCompletions, "1");

        LoopedTake take;
        try
        {
            using var wav = new FileStream(settings.WavPath, FileMode.Open, FileAccess.Read, FileShare.Read);
            take = LoopedTake.Read(wav);
        }
        catch (AudioFormatException e)
        {
            stderr.WriteLine($"singking: {settings.WavPath}: {e.Message}");
            return ExitCodes.UsageOrInput;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            stderr.WriteLine($"singking: {settings.WavPath}: no such file.");
            return ExitCodes.UsageOrInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"singking: {settings.WavPath}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.UsageOrInput;
        }

        if (settings.HostPid is { } pid && !File.Exists($"/proc/{pid}/stat"))
        {
            stderr.WriteLine($"singking: load: no process {pid} in /proc; give the host's pid (e.g. from 'pgrep -f SingKing.Host') or leave --host-pid out.");
            return ExitCodes.UsageOrInput;
        }

        // The run is I/O on thousands of sockets; blocking this one thread on it costs nothing.
        var report = new LoadRun(settings, take, _time, stderr).RunAsync(CancellationToken.None).GetAwaiter().GetResult();
        report.WriteTable(stdout);
        if (settings.Json)
            report.WriteJson(stdout);
        // Errors and lost chunks are findings, not failures of the tool, but a script should be able to tell.
        return report.Clean ? ExitCodes.Success : ExitCodes.NothingFound;
    }

    private static void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("Usage: singking load --url URL --singers N --seconds S --wav FILE");
        writer.WriteLine("                     [--chunk-ms 20|40|100] [--mode product|echo|both] [--ramp-seconds R]");
        writer.WriteLine("                     [--warmup-seconds W] [--host-pid PID] [--song ID] [--json]");
        writer.WriteLine();
        writer.WriteLine($"N singers (at most {LoadSettings.MaxSingers}), each signed up as a new account, stream FILE (looped, 16 kHz");
        writer.WriteLine($"16-bit mono as the page sends it) for S seconds (at most {LoadSettings.MaxSeconds}), one chunk every --chunk-ms (40),");
        writer.WriteLine("to the host at URL, which must be on this machine (localhost, 127.0.0.1, [::1]). --mode echo uses the");
        writer.WriteLine("bare-echo hub (start the host with --Load:EchoHub=true); both runs echo, then product. Singers join");
        writer.WriteLine("over --ramp-seconds (0). Prints latency percentiles (from the moment a chunk's audio is complete to its");
        writer.WriteLine("answer, over the chunks due once every singer streams and --warmup-seconds (0) more have passed; the");
        writer.WriteLine("warm-up's p99 apart, and p99 every 5 s),");
        writer.WriteLine("late (> one chunk) and missing chunks, errors by kind, and CPU over the same stretch:");
        writer.WriteLine("the host's with --host-pid, the machine's always. With --song the product's singers sing karaoke takes of");
        writer.WriteLine("that song of the host's library (each chunk with its song time), as the karaoke page does; without it,");
        writer.WriteLine("live-pitch takes. Exit code 1 when anything failed or went missing.");
    }
}
