namespace SingKing.Dsp.Charts;

/// <summary>An error or warning about a chart file, with what to do about it.</summary>
/// <param name="LineNumber">1-based line it is about, or 0 when it is about the whole file (a missing header).</param>
/// <param name="Message">What is wrong and how to fix it, without the line prefix.</param>
public sealed record ChartDiagnostic(int LineNumber, string Message)
{
    /// <summary>The message with its line, as shown to users: <c>line 12: note length "x" is …</c>.</summary>
    public override string ToString() => LineNumber > 0 ? $"line {LineNumber}: {Message}" : Message;
}
