namespace SingKing.Dsp.Charts;

/// <summary>A <c>#KEY:VALUE</c> header line the chart model has no property for, kept as written.</summary>
/// <param name="Key">Header name in upper case, without the <c>#</c>.</param>
/// <param name="Value">Value with surrounding whitespace removed; never empty.</param>
/// <param name="LineNumber">1-based line of the header in the file.</param>
public sealed record ChartHeader(string Key, string Value, int LineNumber);
