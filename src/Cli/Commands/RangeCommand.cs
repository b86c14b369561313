using System.Globalization;
using SingKing.Dsp.Pitch;
using SingKing.Dsp.Range;

namespace SingKing.Cli.Commands;

/// <summary>
/// <c>singking range FILE.wav</c>: prints the singer's range as one line of JSON, from the notes held steadily in
/// the file (see <see cref="RangeAnalyzer"/>). The file is streamed through the pitch tracker in blocks.
/// </summary>
internal sealed class RangeCommand(Func<Stream>? openStandardInput = null) : WavFileCommand(openStandardInput)
{
    public override string Name => "range";

    public override string Summary => "Print the vocal range (lowest and highest held notes, voice type) as JSON.";

    protected override int Run(Stream wav, string source, TextWriter stdout, TextWriter stderr)
    {
        var analyzer = new RangeAnalyzer();
        TrackPitch(wav, analyzer.Add);
        analyzer.Complete();
        if (analyzer.Range is not { } range)
        {
            stderr.WriteLine($"singking: {source}: no note was held steadily for 0.5 s; hold a note longer");
            return ExitCodes.NothingFound;
        }
        stdout.Write(Json(range));
        stdout.Write('\n');
        return ExitCodes.Success;
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

    protected override void WriteUsage(TextWriter writer)
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
