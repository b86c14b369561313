namespace SingKing.Dsp.Charts;

/// <summary>What <see cref="UltraStarParser"/> made of a chart file.</summary>
/// <param name="Chart">The chart, or null when the file has any error (it cannot be sung as written).</param>
/// <param name="Errors">Problems that make the file unusable, in line order where possible; empty when <paramref name="Chart"/> is set.</param>
/// <param name="Warnings">Suspicious but survivable things (overlapping notes, unsingable pitches…).</param>
/// <param name="Encoding">How the bytes were decoded, or null when the chart was given as text.</param>
public sealed record ChartParseResult(
    Chart? Chart,
    IReadOnlyList<ChartDiagnostic> Errors,
    IReadOnlyList<ChartDiagnostic> Warnings,
    ChartTextEncoding? Encoding)
{
    /// <summary>Whether the file gave a usable chart.</summary>
    public bool Succeeded => Chart is not null;
}
