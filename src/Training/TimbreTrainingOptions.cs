namespace SingKing.Training;

/// <summary>Settings of a training run. The defaults trained the shipped baseline.</summary>
public sealed class TimbreTrainingOptions
{
    /// <summary>Passes over the training patches.</summary>
    public int Epochs { get; init; } = 60;

    /// <summary>Patches per optimiser step.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Adam's learning rate.</summary>
    public double LearningRate { get; init; } = 0.003;

    /// <summary>Seed of the weight initialisation, the shuffling and dropout.</summary>
    public int Seed { get; init; } = 20_260_101;

    /// <summary>Channel counts of the network.</summary>
    public TimbreNetworkShape Shape { get; init; } = TimbreNetworkShape.Baseline;

    /// <summary>Every how many singers of a label one is held out for evaluation.</summary>
    public int HoldOutEvery { get; init; } = 5;

    /// <summary>CPU threads for TorchSharp; one keeps results identical from run to run.</summary>
    public int Threads { get; init; } = 1;
}
