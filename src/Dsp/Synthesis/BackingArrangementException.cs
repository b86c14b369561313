namespace SingKing.Dsp.Synthesis;

/// <summary>An <c>arrangement.txt</c> that cannot be rendered, with the line that is wrong.</summary>
public sealed class BackingArrangementException : FormatException
{
    /// <summary>Creates the error for 1-based <paramref name="lineNumber"/> (0 for the whole file).</summary>
    public BackingArrangementException(int lineNumber, string message)
        : base(lineNumber > 0 ? $"line {lineNumber}: {message}" : message)
    {
        LineNumber = lineNumber;
    }

    /// <summary>1-based line the error is about, or 0 when it concerns the whole file.</summary>
    public int LineNumber { get; }
}
