namespace SingKing.Training;

/// <summary>A trained <see cref="TimbreNetwork"/>'s constants, flattened row-major in PyTorch's layouts.</summary>
internal sealed record NetworkWeights(
    float[] Mean,
    float[] Scale,
    float[] Conv1Weight,
    float[] Conv1Bias,
    float[] Conv2Weight,
    float[] Conv2Bias,
    float[] Conv3Weight,
    float[] Conv3Bias,
    float[] ClassifierWeight,
    float[] ClassifierBias);
