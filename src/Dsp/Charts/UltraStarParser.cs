namespace SingKing.Dsp.Charts;

/// <summary>
/// Reads UltraStar karaoke charts (<c>.txt</c>: format v1.x and unversioned legacy files, relative mode,
/// duets, UTF-8/UTF-16/CP1252/CP949). Never throws on bad input: every problem becomes an error or a
/// warning with its line number and what to do. See docs/ultrastar.md.
/// </summary>
public static class UltraStarParser
{
    /// <summary>Largest file accepted, in bytes (1 MiB; real charts are 2–50 KB).</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Errors and warnings listed at most, each; more are summarised in one last entry.</summary>
    public const int MaxReportedDiagnostics = 100;

    /// <summary>Reads a chart file's bytes, detecting their encoding (see docs/ultrastar.md).</summary>
    public static ChartParseResult Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxFileBytes)
            return TooLarge($"{bytes.Length:N0} bytes", null);
        var decoded = ChartTextDecoder.Decode(bytes);
        return new ChartReader(decoded.Text, decoded.Encoding, decoded.Warnings).Read();
    }

    /// <summary>Reads a chart that is already text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ChartParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxFileBytes)
            return TooLarge($"{text.Length:N0} characters", null);
        return new ChartReader(text, null, []).Read();
    }

    private static ChartParseResult TooLarge(string size, ChartTextEncoding? encoding) =>
        new(null,
            [new(0, $"the file is {size}, more than the {MaxFileBytes / 1024} KiB a chart may have; " +
                "check that it is an UltraStar .txt chart and not audio or a video")],
            [], encoding);
}
