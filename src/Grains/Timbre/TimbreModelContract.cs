using System.Text.Json;
using System.Text.Json.Serialization;
using SingKing.Dsp.Timbre;

namespace SingKing.Grains.Timbre;

/// <summary>
/// The JSON file beside a timbre model that says how to feed it and read it: input tensor name and shape,
/// MFCC settings, output labels, and how the model scored when it was trained. A model trained on other
/// data (real recordings, other labels, other MFCC settings) replaces the shipped one with its own contract
/// and no code change.
/// </summary>
/// <param name="Format">Always <see cref="CurrentFormat"/>.</param>
/// <param name="Model">File name of the ONNX model, relative to the contract.</param>
/// <param name="Input">The model's input: <c>[patches, 1, frames, coefficients]</c> float MFCC values.</param>
/// <param name="Output">The model's output: <c>[patches, labels]</c> probabilities (softmax).</param>
/// <param name="Labels">Output labels in order.</param>
/// <param name="Mfcc">How patches are made.</param>
/// <param name="TrainingData">Where the training clips came from: <see cref="SyntheticData"/> for the generated corpus, else a free description or null.</param>
/// <param name="Evaluation">Held-out scores measured when the model was trained, or null.</param>
public sealed record TimbreModelContract(
    string Format,
    string Model,
    TimbreTensorSpec Input,
    TimbreTensorSpec Output,
    IReadOnlyList<string> Labels,
    TimbreMfccSettings Mfcc,
    string? TrainingData,
    TimbreEvaluation? Evaluation)
{
    /// <summary>The contract format this code reads.</summary>
    public const string CurrentFormat = "singking-timbre-1";

    /// <summary>The <see cref="TrainingData"/> of a model trained on the synthetic corpus.</summary>
    public const string SyntheticData = "synthetic";

    /// <summary>File name of the contract beside a model <c>NAME.onnx</c>: <c>NAME.json</c>.</summary>
    public static string PathFor(string modelPath) => Path.ChangeExtension(modelPath, ".json");

    /// <summary>JSON settings of the contract file (camelCase, indented).</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads and checks a contract file.</summary>
    /// <exception cref="InvalidDataException">The file is not a contract this code can use.</exception>
    public static TimbreModelContract Read(string path)
    {
        TimbreModelContract? contract;
        try
        {
            contract = JsonSerializer.Deserialize<TimbreModelContract>(File.ReadAllText(path), Json);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path} is not a timbre model contract: {exception.Message}", exception);
        }

        if (contract is null || contract.Format != CurrentFormat)
            throw new InvalidDataException($"{path} is not a {CurrentFormat} contract.");
        if (contract.Labels.Count < 2 || contract.Output.Shape.Count != 2 || contract.Output.Shape[1] != contract.Labels.Count)
            throw new InvalidDataException($"{path}: the output shape must be [-1, {contract.Labels.Count}] for {contract.Labels.Count} labels.");
        var options = contract.Mfcc.ToOptions();
        if (contract.Input.Shape.Count != 4 || contract.Input.Shape[1] != 1 ||
            contract.Input.Shape[2] != options.PatchFrames || contract.Input.Shape[3] != options.CoefficientCount)
        {
            throw new InvalidDataException(
                $"{path}: the input shape must be [-1, 1, {options.PatchFrames}, {options.CoefficientCount}] for these MFCC settings.");
        }

        return contract;
    }

    /// <summary>Writes the contract as indented JSON.</summary>
    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>A contract for a model with <paramref name="labels"/> fed patches made with <paramref name="options"/>.</summary>
    public static TimbreModelContract For(string modelFileName, IReadOnlyList<string> labels, MfccPatchOptions options, string? trainingData, TimbreEvaluation? evaluation) =>
        new(CurrentFormat,
            modelFileName,
            new TimbreTensorSpec("mfcc", [-1, 1, options.PatchFrames, options.CoefficientCount]),
            new TimbreTensorSpec("probabilities", [-1, labels.Count]),
            labels,
            TimbreMfccSettings.From(options),
            trainingData,
            evaluation);
}
