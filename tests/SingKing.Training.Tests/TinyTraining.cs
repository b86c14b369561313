using SingKing.Dsp.Timbre;

namespace SingKing.Training.Tests;

/// <summary>One training run on a <see cref="TinyCorpus"/> with a tiny network, shared by the tests that read its results.</summary>
public sealed class TinyTraining : IDisposable
{
    public static readonly TimbreTrainingOptions Options = new()
    {
        Epochs = 40,
        BatchSize = 16,
        LearningRate = 0.01,
        Shape = new TimbreNetworkShape(4, 8, 16),
    };

    public TinyTraining()
    {
        Corpus = TimbreCorpus.Load(Files.Folder, new MfccPatchOptions());
        Report = new TimbreTrainer(Options).Train(Corpus, new MfccPatchOptions(), Files.ModelPath, "test");
    }

    public TinyCorpus Files { get; } = new();

    public TimbreCorpus Corpus { get; }

    public TimbreTrainingReport Report { get; }

    public void Dispose() => Files.Dispose();
}
