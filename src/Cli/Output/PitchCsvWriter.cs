using System.Globalization;
using SingKing.Dsp.Pitch;

namespace SingKing.Cli.Output;

/// <summary>
/// Writes pitch frames as CSV: <c>time_s,f0_hz,confidence</c>, time at the frame centre in seconds
/// (3 decimals), f0 in Hz (2 decimals, 0 when unvoiced), confidence in [0, 1] (3 decimals).
/// Invariant culture and "\n" line ends whatever the machine's settings, so the output diffs cleanly.
/// </summary>
internal sealed class PitchCsvWriter(TextWriter output)
{
    public const string Header = "time_s,f0_hz,confidence";

    // Formatting into a reused buffer keeps hours of audio from allocating a string per row.
    private readonly char[] _line = new char[96];

    public void WriteHeader()
    {
        output.Write(Header);
        output.Write('\n');
    }

    public void Write(List<PitchFrame> frames)
    {
        foreach (PitchFrame frame in frames)
            Write(frame);
    }

    public void Write(in PitchFrame frame)
    {
        Span<char> line = _line;
        int n = Append(line, frame.TimeSeconds, "F3");
        line[n++] = ',';
        n += Append(line[n..], frame.IsVoiced ? frame.FrequencyHz : 0, "F2");
        line[n++] = ',';
        n += Append(line[n..], frame.Confidence, "F3");
        line[n++] = '\n';
        output.Write(line[..n]);
    }

    private static int Append(Span<char> destination, double value, string format)
    {
        // Only an absurd value (hundreds of digits) can overflow the row buffer; that means the tracker is
        // broken, and saying so beats a truncated row.
        if (!value.TryFormat(destination, out int written, format, CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"Pitch value {value} does not fit a CSV field.");
        return written;
    }
}
