namespace SingKing.Dsp.Range;

/// <summary>What counts as a stable note.</summary>
public sealed class RangeAnalyzerOptions
{
    /// <summary>Shortest hold that counts, in seconds.</summary>
    public double MinimumDurationSeconds { get; init; } = 0.5;

    /// <summary>Every frame of the hold lies within this many cents of the hold's median.</summary>
    public double ToleranceCents { get; init; } = 50;
}
