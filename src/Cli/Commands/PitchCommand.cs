using SingKing.Cli.Output;
using SingKing.Dsp.Audio;
using SingKing.Dsp.Pitch;

namespace SingKing.Cli.Commands;

/// <summary>
/// <c>singking pitch FILE.wav</c>: prints the file's pitch track as CSV, one row per 10 ms hop.
/// The file is streamed through <see cref="PitchTracker"/> in blocks, so memory stays flat however long it is.
/// </summary>
internal sealed class PitchCommand(Func<Stream>? openStandardInput = null) : ICommand
{
    // 4096 samples is 85–512 ms of audio: few calls into the tracker, a few KB of buffer.
    private const int BlockSamples = 4096;

    private readonly Func<Stream> _openStandardInput = openStandardInput ?? Console.OpenStandardInput;

    public string Name => "pitch";

    public string Arguments => "FILE.wav";

    public string Summary => "Print the pitch track as CSV (time_s,f0_hz,confidence), one row per 10 ms.";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 1 && args[0] is "--help" or "-h")
        {
            WriteUsage(stdout);
            return ExitCodes.Success;
        }
        if (args.Count != 1 || (args[0].StartsWith('-') && args[0] != "-"))
        {
            stderr.WriteLine(args.Count == 0
                ? "singking: pitch needs a WAV file."
                : $"singking: pitch takes one WAV file, not '{string.Join(' ', args)}'.");
            WriteUsage(stderr);
            return ExitCodes.UsageOrInput;
        }

        string path = args[0];
        string source = path == "-" ? "stdin" : path;
        if (Directory.Exists(path))
        {
            stderr.WriteLine($"singking: {path}: is a directory, not a WAV file.");
            return ExitCodes.UsageOrInput;
        }
        try
        {
            using Stream input = path == "-" ? _openStandardInput() : OpenFile(path);
            Track(input, stdout);
            return ExitCodes.Success;
        }
        catch (AudioFormatException e)
        {
            stderr.WriteLine($"singking: {source}: {e.Message}");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            stderr.WriteLine($"singking: {source}: no such file.");
        }
        catch (UnauthorizedAccessException)
        {
            stderr.WriteLine($"singking: {source}: permission denied.");
        }
        catch (IOException e)
        {
            stderr.WriteLine($"singking: {source}: {e.Message.ReplaceLineEndings(" ")}");
        }
        return ExitCodes.UsageOrInput;
    }

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan);

    private static void Track(Stream input, TextWriter stdout)
    {
        using var reader = new WavReader(input, leaveOpen: true);
        var tracker = new PitchTracker(reader.Format.SampleRate);
        var csv = new PitchCsvWriter(stdout);
        var samples = new float[BlockSamples];
        var frames = new List<PitchFrame>(BlockSamples / 80 + 8);

        csv.WriteHeader();
        int n;
        while ((n = reader.Read(samples)) > 0)
        {
            frames.Clear();
            tracker.Process(samples.AsSpan(0, n), frames);
            csv.Write(frames);
        }
        frames.Clear();
        tracker.Flush(frames);
        csv.Write(frames);
    }

    private static void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("Usage: singking pitch FILE.wav");
        writer.WriteLine();
        writer.WriteLine("Prints CSV to stdout: time_s,f0_hz,confidence, one row per 10 ms hop, time at the");
        writer.WriteLine("frame centre, f0_hz 0 when unvoiced. FILE.wav is 16/24-bit PCM or 32-bit float,");
        writer.WriteLine("8-48 kHz, any number of channels (mixed to mono). Use - to read the WAV from stdin.");
    }
}
