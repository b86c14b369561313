using SingKing.Grains.Timbre;

namespace SingKing.Training.Tests;

public sealed class TimbreTrainerTests(TinyTraining training) : IClassFixture<TinyTraining>
{
    [Fact]
    public void Training_on_a_tiny_corpus_drives_the_loss_well_below_chance()
    {
        var losses = training.Report.EpochLosses;

        // Chance for four labels is ln 4 ≈ 1.39.
        Assert.InRange(losses[0], 1.0, 2.0);
        Assert.True(losses[^1] < 0.5 * losses[0], $"loss went from {losses[0]:F3} to {losses[^1]:F3}");
        Assert.True(training.Report.TrainingAccuracy > 0.75, $"training accuracy {training.Report.TrainingAccuracy:P0}");
    }

    [Fact]
    public void ONNX_Runtime_reproduces_TorchSharp_s_probabilities_on_the_held_out_clips()
    {
        Assert.True(training.Report.HeldOutClips > 0);
        Assert.InRange(training.Report.MaxProbabilityDifference, 0, 1e-5);
    }

    [Fact]
    public void The_contract_beside_the_model_states_its_input_shape_MFCC_settings_labels_and_scores()
    {
        var contract = TimbreModelContract.Read(TimbreModelContract.PathFor(training.Files.ModelPath));

        Assert.Equal("timbre.onnx".Replace("timbre", "model"), contract.Model);
        Assert.Equal([-1L, 1, 128, 20], contract.Input.Shape);
        Assert.Equal(["ballad", "dance", "rock", "trot"], contract.Labels);
        Assert.Equal(16_000, contract.Mfcc.SampleRate);
        Assert.Equal(40, contract.Mfcc.FilterBankSize);
        Assert.NotNull(contract.Evaluation);
        Assert.Equal(training.Report.HeldOutClips, contract.Evaluation.Confusion.Sum(row => row.Sum()));
        Assert.Equal(training.Report.HeldOutAccuracy, contract.Evaluation.Accuracy, 4);
    }

    [Fact]
    public void The_exported_model_classifies_the_held_out_clips_through_the_host_s_classifier_as_TorchSharp_did()
    {
        using var model = TimbreModel.Load(TimbreModelContract.PathFor(training.Files.ModelPath));
        var confusion = new int[4, 4];
        foreach (var clip in training.Corpus.HeldOut)
        {
            var probabilities = model.Classify(clip.Patches);
            var mean = Enumerable.Range(0, 4).Select(l => probabilities.Average(p => p[l])).ToList();
            confusion[clip.Label, mean.IndexOf(mean.Max())]++;
        }

        for (var truth = 0; truth < 4; truth++)
        {
            for (var predicted = 0; predicted < 4; predicted++)
                Assert.Equal(training.Report.Confusion[truth][predicted], confusion[truth, predicted]);
        }
    }

    [Fact]
    public void The_exported_model_is_well_under_5_MB()
    {
        Assert.InRange(new FileInfo(training.Files.ModelPath).Length, 1_000, 5 * 1024 * 1024);
    }
}
