using System.Globalization;
using System.Text.Json;
using SingKing.Dsp.Timbre;
using SingKing.Training;

namespace SingKing.Cli.Commands;

/// <summary>
/// <c>singking train-timbre DATA_DIR --out MODEL.onnx</c>: trains the timbre CNN with TorchSharp on a folder of
/// labelled clips (one sub-folder per label), exports ONNX with its contract (MODEL.json) and prints the
/// held-out accuracy, the confusion matrix and the TorchSharp-vs-ONNX Runtime difference as JSON.
/// </summary>
internal sealed class TrainTimbreCommand : ICommand
{
    public string Name => "train-timbre";

    public string Arguments => "DATA_DIR --out MODEL.onnx [--epochs N] [--seed N]";

    public string Summary => "Train the timbre classifier on labelled clips and export it to ONNX.";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 1 && args[0] is "--help" or "-h")
        {
            WriteUsage(stdout);
            return ExitCodes.Success;
        }

        if (!CommandOptions.TryParse(args, ["--out", "--epochs", "--seed"], out var data, out var options, out var error) ||
            data is null || !options.TryGetValue("--out", out var output))
        {
            stderr.WriteLine($"singking: {error ?? "train-timbre needs DATA_DIR and --out MODEL.onnx."}");
            WriteUsage(stderr);
            return ExitCodes.UsageOrInput;
        }

        var training = new TimbreTrainingOptions();
        if (options.TryGetValue("--epochs", out var epochsText))
        {
            if (!int.TryParse(epochsText, CultureInfo.InvariantCulture, out var epochs) || epochs is < 1 or > 1000)
            {
                stderr.WriteLine($"singking: --epochs must be 1–1000, not '{epochsText}'.");
                return ExitCodes.UsageOrInput;
            }

            training = new TimbreTrainingOptions { Epochs = epochs, Seed = training.Seed };
        }

        if (options.TryGetValue("--seed", out var seedText))
        {
            if (!int.TryParse(seedText, CultureInfo.InvariantCulture, out var seed))
            {
                stderr.WriteLine($"singking: --seed must be a whole number, not '{seedText}'.");
                return ExitCodes.UsageOrInput;
            }

            training = new TimbreTrainingOptions { Epochs = training.Epochs, Seed = seed };
        }

        if (!output.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase))
        {
            stderr.WriteLine($"singking: --out must name an .onnx file (its contract goes beside it as .json), not '{output}'.");
            return ExitCodes.UsageOrInput;
        }

        TimbreCorpus corpus;
        var patchOptions = new MfccPatchOptions();
        try
        {
            corpus = TimbreCorpus.Load(data, patchOptions, training.HoldOutEvery);
        }
        catch (TimbreCorpusException exception)
        {
            stderr.WriteLine($"singking: {exception.Message}");
            return ExitCodes.UsageOrInput;
        }

        var command = $"singking train-timbre {data} --out {output}" +
            (options.ContainsKey("--epochs") ? $" --epochs {training.Epochs}" : "") +
            (options.ContainsKey("--seed") ? $" --seed {training.Seed}" : "");
        stderr.WriteLine($"singking: training on {corpus.Training.Count} clips, holding out {corpus.HeldOut.Count} ({string.Join(", ", corpus.Labels)})");
        var report = new TimbreTrainer(training, stderr).Train(corpus, patchOptions, output, command);
        stdout.WriteLine(JsonSerializer.Serialize(new
        {
            model = output,
            contract = Path.ChangeExtension(output, ".json"),
            labels = report.Labels,
            training_clips = report.TrainingClips,
            training_patches = report.TrainingPatches,
            held_out_clips = report.HeldOutClips,
            final_loss = Math.Round(report.EpochLosses[^1], 4),
            training_accuracy = Math.Round(report.TrainingAccuracy, 4),
            held_out_accuracy = Math.Round(report.HeldOutAccuracy, 4),
            confusion = report.Confusion,
            max_probability_difference = report.MaxProbabilityDifference,
            model_bytes = report.ModelBytes,
        }));
        return ExitCodes.Success;
    }

    private static void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("Usage: singking train-timbre DATA_DIR --out MODEL.onnx [--epochs N] [--seed N]");
        writer.WriteLine();
        writer.WriteLine("DATA_DIR holds one sub-folder of WAV clips per timbre; clips named SINGER-clipN.wav are grouped by");
        writer.WriteLine("singer and every 5th singer of each timbre is held out. Trains the CNN (TorchSharp, CPU), writes");
        writer.WriteLine("MODEL.onnx and its contract MODEL.json, checks ONNX Runtime against TorchSharp on the held-out");
        writer.WriteLine("clips and prints one line of JSON: held-out accuracy, confusion matrix (rows: true timbre),");
        writer.WriteLine("max_probability_difference. Progress goes to stderr. Defaults: 60 epochs, the baseline's seed.");
    }
}
