using System.Globalization;
using SingKing.Dsp.Audio;
using SingKing.Dsp.Pitch;
using SingKing.Dsp.Range;

namespace SingKing.Cli.Commands;

/// <summary>
/// <c>singking range FILE.wav</c>: prints the singer's range as one line of JSON, from the notes held steadily in
/// the file (see <see cref="RangeAnalyzer"/>). The file is streamed through <see cref="PitchTracker"/> in blocks.
/// </summary>
internal sealed class RangeCommand(Func<Stream>? openStandardInput = null) : ICommand
{
    // 4096 samples is 85–512 ms of audio: few calls into the tracker, a few KB of buffer.
    private const int BlockSamples = 4096;

    private readonly Func<Stream> _openStandardInput = openStandardInput ?? Console.OpenStandardInput;

    public string Name => "range";

    public string Arguments => "FILE.wav";

    public string Summary => "Print the vocal range (lowest and highest held notes, voice type) as JSON.";

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
                ? "singking: range needs a WAV file."
                : $"singking: range takes one WAV file, not '{string.Join(' ', args)}'.");
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
            VocalRange? range;
            using (Stream input = path == "-" ? _openStandardInput() : OpenFile(path))
                range = Analyse(input);
            if (range is null)
            {
                stderr.WriteLine($"singking: {source}: no note was held steadily for 0.5 s; hold a note longer");
                return ExitCodes.NothingFound;
            }
            stdout.Write(Json(range));
            stdout.Write('\n');
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

    /// <summary>
    /// The contract's line: the first six keys in this order, then the extras; invariant culture, Hz to 0.1,
    /// octaves to 0.01.
    /// </summary>
    internal static string Json(VocalRange range) => string.Create(CultureInfo.InvariantCulture,
        $"{{\"lowest\":\"{range.Lowest.Name}\",\"highest\":\"{range.Highest.Name}\"," +
        $"\"lowest_hz\":{range.Lowest.MedianHz:F1},\"highest_hz\":{range.Highest.MedianHz:F1}," +
        $"\"semitones\":{range.Semitones},\"voice_type\":\"{VoiceTypes.Slug(range.VoiceType)}\"," +
        $"\"octaves\":{range.Octaves:F2},\"tessitura_low\":\"{NoteNames.Name(range.TessituraLowMidi)}\"," +
        $"\"tessitura_high\":\"{NoteNames.Name(range.TessituraHighMidi)}\"}}");

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan);

    private static VocalRange? Analyse(Stream input)
    {
        using var reader = new WavReader(input, leaveOpen: true);
        var tracker = new PitchTracker(reader.Format.SampleRate);
        var analyzer = new RangeAnalyzer();
        var samples = new float[BlockSamples];
        var frames = new List<PitchFrame>(BlockSamples / 80 + 8);

        int n;
        while ((n = reader.Read(samples)) > 0)
        {
            frames.Clear();
            tracker.Process(samples.AsSpan(0, n), frames);
            analyzer.Add(frames);
        }
        frames.Clear();
        tracker.Flush(frames);
        analyzer.Add(frames);
        analyzer.Complete();
        return analyzer.Range;
    }

    private static void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("Usage: singking range FILE.wav");
        writer.WriteLine();
        writer.WriteLine("Prints one line of JSON to stdout: the lowest and highest notes held steadily (0.5 s or");
        writer.WriteLine("longer, within 50 cents), their frequencies, the span, the voice type and the tessitura:");
        writer.WriteLine("{\"lowest\":\"E2\",\"highest\":\"A4\",\"lowest_hz\":82.4,\"highest_hz\":440.0,\"semitones\":29,...}");
        writer.WriteLine("Exit code 1 when no note was held steadily, 2 when the file cannot be read.");
        writer.WriteLine("FILE.wav is 16/24-bit PCM or 32-bit float, 8-48 kHz. Use - to read the WAV from stdin.");
    }
}
