namespace SingKing.Training;

/// <summary>What a training run did and how the model scored.</summary>
/// <param name="Labels">Output labels in order.</param>
/// <param name="TrainingClips">Clips trained on.</param>
/// <param name="TrainingPatches">Patches trained on.</param>
/// <param name="HeldOutClips">Clips of held-out singers.</param>
/// <param name="EpochLosses">Mean cross-entropy of each epoch.</param>
/// <param name="TrainingAccuracy">Share of training patches classified right after the last epoch (0–1).</param>
/// <param name="HeldOutAccuracy">Share of held-out clips classified right (0–1; mean probabilities over each clip's patches).</param>
/// <param name="Confusion">Held-out confusion matrix: row = true label, column = predicted.</param>
/// <param name="MaxProbabilityDifference">Largest |TorchSharp − ONNX Runtime| probability over the held-out patches.</param>
/// <param name="ModelBytes">Size of the written ONNX file, in bytes.</param>
public sealed record TimbreTrainingReport(
    IReadOnlyList<string> Labels,
    int TrainingClips,
    int TrainingPatches,
    int HeldOutClips,
    IReadOnlyList<double> EpochLosses,
    double TrainingAccuracy,
    double HeldOutAccuracy,
    IReadOnlyList<IReadOnlyList<int>> Confusion,
    double MaxProbabilityDifference,
    long ModelBytes);
