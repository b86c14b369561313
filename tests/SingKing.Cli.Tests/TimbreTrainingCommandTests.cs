using System.Text.Json;

namespace SingKing.Cli.Tests;

public sealed class TimbreTrainingCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void A_made_corpus_trains_into_a_model_that_timbre_can_use()
    {
        var corpus = Path.Combine(_dir.Path, "corpus");
        var model = Path.Combine(_dir.Path, "model", "tiny.onnx");

        var made = CliResult.Run("make-timbre-corpus", corpus, "--singers", "5", "--clips", "1", "--seconds", "1.5");
        var trained = CliResult.Run("train-timbre", corpus, "--out", model, "--epochs", "2");

        Assert.Equal(0, made.ExitCode);
        Assert.Equal(20, Directory.GetFiles(corpus, "*.wav", SearchOption.AllDirectories).Length);
        Assert.Equal(0, trained.ExitCode);
        var report = JsonDocument.Parse(trained.Stdout).RootElement;
        Assert.Equal(4, report.GetProperty("held_out_clips").GetInt32());
        Assert.InRange(report.GetProperty("max_probability_difference").GetDouble(), 0, 1e-5);
        Assert.Equal(4, report.GetProperty("confusion").GetArrayLength());
        Assert.True(File.Exists(model));
        Assert.Contains("\"trainingData\": \"synthetic\"", File.ReadAllText(Path.ChangeExtension(model, ".json")));
    }

    [Fact]
    public void Train_timbre_without_an_output_file_shows_its_usage_and_exits_2()
    {
        var result = CliResult.Run("train-timbre", _dir.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out MODEL.onnx", result.Stderr);
    }

    [Fact]
    public void Train_timbre_on_a_folder_without_labelled_clips_says_what_it_needs_and_exits_2()
    {
        var result = CliResult.Run("train-timbre", _dir.Path, "--out", Path.Combine(_dir.Path, "m.onnx"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("at least two labels", result.Stderr);
    }

    public void Dispose() => _dir.Dispose();
}
