namespace SingKing.Benchmarks.Accuracy;

/// <summary>A pitch tool under comparison, reduced to one F0 estimate per truth frame.</summary>
internal interface IPitchEstimator
{
    /// <summary>Name shown in the report, with the settings that matter.</summary>
    string Name { get; }

    /// <summary>F0 in Hz for frames k = 0 … FrameCount − 1 centred at k × 10 ms; 0 where the tool says unvoiced.</summary>
    Task<float[]> EstimateAsync(ClipAudio clip, CancellationToken cancellationToken);
}
