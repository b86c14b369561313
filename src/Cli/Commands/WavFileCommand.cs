using SingKing.Dsp.Audio;
using SingKing.Dsp.Pitch;

namespace SingKing.Cli.Commands;

/// <summary>
/// A command that reads one WAV file (or <c>-</c> for standard input) and runs the pitch tracker over it. It owns
/// what every such command shares: the argument check, opening the file, streaming it through
/// <see cref="PitchTracker"/> in blocks, and turning an unreadable file into one line on stderr and exit code 2.
/// </summary>
internal abstract class WavFileCommand(Func<Stream>? openStandardInput) : ICommand
{
    // 4096 samples is 85–512 ms of audio: few calls into the tracker, a few KB of buffer.
    private const int BlockSamples = 4096;

    private readonly Func<Stream> _openStandardInput = openStandardInput ?? Console.OpenStandardInput;

    public abstract string Name { get; }

    public string Arguments => "FILE.wav";

    public abstract string Summary { get; }

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
                ? $"singking: {Name} needs a WAV file."
                : $"singking: {Name} takes one WAV file, not '{string.Join(' ', args)}'.");
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
            return Run(input, source, stdout, stderr);
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

    /// <summary>Does the command's work on the opened WAV stream; <paramref name="source"/> names it in messages.</summary>
    /// <returns>The exit code.</returns>
    protected abstract int Run(Stream wav, string source, TextWriter stdout, TextWriter stderr);

    /// <summary>Writes the command's usage text.</summary>
    protected abstract void WriteUsage(TextWriter writer);

    /// <summary>
    /// Streams the WAV through a <see cref="PitchTracker"/> and hands every batch of final frames to
    /// <paramref name="frames"/>, the last batch after the tracker's flush. The list is reused between calls.
    /// </summary>
    protected static void TrackPitch(Stream wav, Action<List<PitchFrame>> frames)
    {
        using var reader = new WavReader(wav, leaveOpen: true);
        var tracker = new PitchTracker(reader.Format.SampleRate);
        var samples = new float[BlockSamples];
        var batch = new List<PitchFrame>(BlockSamples / 80 + 8);

        int n;
        while ((n = reader.Read(samples)) > 0)
        {
            batch.Clear();
            tracker.Process(samples.AsSpan(0, n), batch);
            frames(batch);
        }
        batch.Clear();
        tracker.Flush(batch);
        frames(batch);
    }

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan);
}
