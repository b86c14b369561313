namespace SingKing.Grains.Timbre;

/// <summary>How a model scored on clips held out of its training (whole singers held out, not just clips).</summary>
/// <param name="HeldOutClips">Number of held-out clips.</param>
/// <param name="Accuracy">Share of held-out clips whose most probable label was right (0–1).</param>
/// <param name="Confusion">Confusion matrix: row = true label, column = predicted label, in the contract's label order.</param>
/// <param name="MaxProbabilityDifference">
/// Largest absolute difference between the training framework's and ONNX Runtime's probabilities over the
/// held-out patches: the export check.
/// </param>
/// <param name="Command">The command that trained the model.</param>
public sealed record TimbreEvaluation(
    int HeldOutClips,
    double Accuracy,
    IReadOnlyList<IReadOnlyList<int>> Confusion,
    double MaxProbabilityDifference,
    string Command);
