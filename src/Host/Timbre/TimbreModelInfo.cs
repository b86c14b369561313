using SingKing.Grains.Timbre;

namespace SingKing.Host.Timbre;

/// <summary>What the serving model is and how it scored, for <c>GET /api/timbre/model</c> and each result.</summary>
/// <param name="Labels">Timbres the model tells apart.</param>
/// <param name="SyntheticBaseline">True for the shipped model, trained only on synthetic voices.</param>
/// <param name="HeldOutAccuracy">Accuracy on held-out singers when trained (0–1), or null.</param>
/// <param name="MinimumSeconds">Shortest recording accepted, in seconds.</param>
/// <param name="MinimumVoicedSeconds">Least singing a recording must hold, in seconds.</param>
/// <param name="MaximumSeconds">Longest recording accepted, in seconds.</param>
public sealed record TimbreModelInfo(
    IReadOnlyList<string> Labels,
    bool SyntheticBaseline,
    double? HeldOutAccuracy,
    double MinimumSeconds,
    double MinimumVoicedSeconds,
    double MaximumSeconds)
{
    /// <summary>The description of <paramref name="model"/>.</summary>
    public static TimbreModelInfo Of(TimbreModel model) => new(
        model.Labels,
        model.Contract.TrainingData == TimbreModelContract.SyntheticData,
        model.Contract.Evaluation?.Accuracy,
        TimbreAnalyzer.MinimumSeconds,
        TimbreAnalyzer.MinimumVoicedSeconds,
        TimbreAnalyzer.MaximumSeconds);
}
