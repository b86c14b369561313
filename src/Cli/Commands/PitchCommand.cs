using SingKing.Cli.Output;

namespace SingKing.Cli.Commands;

/// <summary>
/// <c>singking pitch FILE.wav</c>: prints the file's pitch track as CSV, one row per 10 ms hop.
/// The file is streamed through the pitch tracker in blocks, so memory stays flat however long it is.
/// </summary>
internal sealed class PitchCommand(Func<Stream>? openStandardInput = null) : WavFileCommand(openStandardInput)
{
    public override string Name => "pitch";

    public override string Summary => "Print the pitch track as CSV (time_s,f0_hz,confidence), one row per 10 ms.";

    protected override int Run(Stream wav, string source, TextWriter stdout, TextWriter stderr)
    {
        var csv = new PitchCsvWriter(stdout);
        var started = false;
        TrackPitch(wav, frames =>
        {
            // Only once the WAV header has been read: a refused file prints nothing on stdout.
            if (!started)
            {
                csv.WriteHeader();
                started = true;
            }
            csv.Write(frames);
        });
        return ExitCodes.Success;
    }

    protected override void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("Usage: singking pitch FILE.wav");
        writer.WriteLine();
        writer.WriteLine("Prints CSV to stdout: time_s,f0_hz,confidence, one row per 10 ms hop, time at the");
        writer.WriteLine("frame centre, f0_hz 0 when unvoiced. FILE.wav is 16/24-bit PCM or 32-bit float,");
        writer.WriteLine("8-48 kHz, any number of channels (mixed to mono). Use - to read the WAV from stdin.");
    }
}
