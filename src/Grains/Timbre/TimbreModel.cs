using Microsoft.ML.OnnxRuntime;
using SingKing.Dsp.Timbre;

namespace SingKing.Grains.Timbre;

/// <summary>
/// A timbre model loaded into ONNX Runtime: one <see cref="InferenceSession"/> for the life of the process,
/// shared by every caller. <see cref="InferenceSession.Run(RunOptions, IReadOnlyCollection{string}, IReadOnlyCollection{OrtValue}, IReadOnlyCollection{string})"/>
/// is thread-safe, so concurrent classifications need no lock.
/// </summary>
public sealed class TimbreModel : IDisposable
{
    private readonly InferenceSession _session;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;

    private TimbreModel(TimbreModelContract contract, InferenceSession session)
    {
        Contract = contract;
        PatchOptions = contract.Mfcc.ToOptions();
        _session = session;
        _inputNames = [contract.Input.Name];
        _outputNames = [contract.Output.Name];
    }

    /// <summary>The model's contract.</summary>
    public TimbreModelContract Contract { get; }

    /// <summary>How patches for this model are made.</summary>
    public MfccPatchOptions PatchOptions { get; }

    /// <summary>Output labels in order.</summary>
    public IReadOnlyList<string> Labels => Contract.Labels;

    /// <summary>Loads the model described by the contract at <paramref name="contractPath"/> (<c>NAME.json</c> beside <c>NAME.onnx</c>).</summary>
    /// <exception cref="InvalidDataException">The contract is invalid or does not match the model's tensors.</exception>
    /// <exception cref="FileNotFoundException">The contract or the model is missing.</exception>
    public static TimbreModel Load(string contractPath)
    {
        if (!File.Exists(contractPath))
            throw new FileNotFoundException($"No timbre model contract at {contractPath}.", contractPath);
        var contract = TimbreModelContract.Read(contractPath);
        var modelPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(contractPath))!, contract.Model);
        if (!File.Exists(modelPath))
            throw new FileNotFoundException($"The contract {contractPath} names {contract.Model}, which is not there.", modelPath);

        // One intra-op thread: classification runs beside live sessions and should take one core at most.
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        var session = new InferenceSession(modelPath, options);
        try
        {
            if (!session.InputMetadata.ContainsKey(contract.Input.Name) || !session.OutputMetadata.ContainsKey(contract.Output.Name))
            {
                throw new InvalidDataException(
                    $"{contract.Model} has inputs [{string.Join(", ", session.InputMetadata.Keys)}] and outputs [{string.Join(", ", session.OutputMetadata.Keys)}]; " +
                    $"the contract names '{contract.Input.Name}' and '{contract.Output.Name}'.");
            }

            return new TimbreModel(contract, session);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Probabilities of each label for each patch: [patch][label].</summary>
    public float[][] Classify(MfccPatches patches)
    {
        ArgumentNullException.ThrowIfNull(patches);
        if (patches.Frames != PatchOptions.PatchFrames || patches.Coefficients != PatchOptions.CoefficientCount)
            throw new ArgumentException($"The model reads {PatchOptions.PatchFrames} × {PatchOptions.CoefficientCount} patches.", nameof(patches));
        if (patches.Count == 0)
            return [];

        using var input = OrtValue.CreateTensorValueFromMemory(patches.Data, [patches.Count, 1, patches.Frames, patches.Coefficients]);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, _inputNames, [input], _outputNames);
        var values = outputs[0].GetTensorDataAsSpan<float>();
        var labels = Labels.Count;
        if (values.Length != patches.Count * labels)
            throw new InvalidDataException($"The model returned {values.Length} values for {patches.Count} patches of {labels} labels.");
        var result = new float[patches.Count][];
        for (var i = 0; i < patches.Count; i++)
            result[i] = values.Slice(i * labels, labels).ToArray();
        return result;
    }

    /// <summary>Releases the ONNX Runtime session.</summary>
    public void Dispose() => _session.Dispose();
}
