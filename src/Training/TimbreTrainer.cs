using System.Globalization;
using SingKing.Dsp.Timbre;
using SingKing.Grains.Timbre;
using TorchSharp;
using static TorchSharp.torch;

namespace SingKing.Training;

/// <summary>
/// Trains a <see cref="TimbreNetwork"/> on a <see cref="TimbreCorpus"/> with TorchSharp (Adam, cross-entropy,
/// shuffled mini-batches of patches), scores it on the held-out singers, exports it to ONNX with its contract
/// and checks that ONNX Runtime gives the same probabilities as TorchSharp.
/// </summary>
/// <remarks>
/// TorchSharp binds the same libtorch as PyTorch, so layers, initialisation and optimiser behave as the
/// literature describes, and training is part of the .NET product rather than a Python side project. It
/// has no ONNX exporter, hence <see cref="OnnxExporter"/>.
/// </remarks>
public sealed class TimbreTrainer(TimbreTrainingOptions? options = null, TextWriter? log = null)
{
    /// <summary>The settings in force.</summary>
    public TimbreTrainingOptions Options { get; } = options ?? new TimbreTrainingOptions();

    /// <summary>
    /// Trains on <paramref name="corpus"/> and writes <paramref name="modelPath"/> (ONNX) and its contract
    /// (<see cref="TimbreModelContract.PathFor"/>) recording the held-out scores and <paramref name="command"/>.
    /// </summary>
    public TimbreTrainingReport Train(TimbreCorpus corpus, MfccPatchOptions patchOptions, string modelPath, string command)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(patchOptions);
        LibTorchCompatibility.Prepare();
        torch.set_num_threads(Options.Threads);
        torch.random.manual_seed(Options.Seed);

        var frames = patchOptions.PatchFrames;
        var coefficients = patchOptions.CoefficientCount;
        var patchLength = frames * coefficients;
        var (data, targets) = Flatten(corpus.Training, patchLength);
        var count = targets.Length;
        var (mean, scale) = CoefficientStatistics(data, coefficients);

        using var network = new TimbreNetwork(Options.Shape, coefficients, corpus.Labels.Count, mean, scale);
        using var optimizer = torch.optim.Adam(network.parameters(), Options.LearningRate);
        var order = Enumerable.Range(0, count).ToArray();
        var shuffle = new Random(Options.Seed);
        var losses = new List<double>();
        var batch = new float[Options.BatchSize * patchLength];
        var batchTargets = new long[Options.BatchSize];
        for (var epoch = 0; epoch < Options.Epochs; epoch++)
        {
            network.train();
            shuffle.Shuffle(order);
            double total = 0;
            for (var start = 0; start < count; start += Options.BatchSize)
            {
                using var scope = torch.NewDisposeScope();
                var size = Math.Min(Options.BatchSize, count - start);
                for (var i = 0; i < size; i++)
                {
                    Array.Copy(data, (long)order[start + i] * patchLength, batch, (long)i * patchLength, patchLength);
                    batchTargets[i] = targets[order[start + i]];
                }

                var input = torch.tensor(batch.AsSpan(0, size * patchLength).ToArray(), [size, 1, frames, coefficients]);
                var target = torch.tensor(batchTargets.AsSpan(0, size).ToArray(), [size]);
                optimizer.zero_grad();
                var loss = nn.functional.cross_entropy(network.forward(input), target);
                loss.backward();
                optimizer.step();
                total += loss.item<float>() * size;
            }

            losses.Add(total / count);
            log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch + 1}/{Options.Epochs}: loss {total / count:F4}"));
        }

        network.eval();
        var trainingAccuracy = PatchAccuracy(network, data, targets, frames, coefficients);

        // Held-out clips: TorchSharp's probabilities per patch, and per clip (mean over its patches).
        var labels = corpus.Labels.Count;
        var confusion = new int[labels][];
        for (var i = 0; i < labels; i++)
            confusion[i] = new int[labels];
        var torchProbabilities = new List<float[][]>();
        foreach (var clip in corpus.HeldOut)
        {
            var probabilities = Probabilities(network, clip.Patches.Data, clip.Patches.Count, frames, coefficients);
            torchProbabilities.Add(probabilities);
            confusion[clip.Label][ArgMaxOfMean(probabilities, labels)]++;
        }

        var correct = Enumerable.Range(0, labels).Sum(i => confusion[i][i]);
        var heldOutAccuracy = corpus.HeldOut.Count == 0 ? 0 : correct / (double)corpus.HeldOut.Count;

        var directory = Path.GetDirectoryName(Path.GetFullPath(modelPath))!;
        Directory.CreateDirectory(directory);
        OnnxExporter.Export(network, frames, coefficients, "mfcc", "probabilities", modelPath);
        var contractPath = TimbreModelContract.PathFor(modelPath);
        TimbreModelContract.For(Path.GetFileName(modelPath), corpus.Labels, patchOptions, corpus.Source, evaluation: null).Write(contractPath);

        double maxDifference = 0;
        using (var exported = TimbreModel.Load(contractPath))
        {
            for (var c = 0; c < corpus.HeldOut.Count; c++)
            {
                var onnx = exported.Classify(corpus.HeldOut[c].Patches);
                for (var p = 0; p < onnx.Length; p++)
                {
                    for (var l = 0; l < labels; l++)
                        maxDifference = Math.Max(maxDifference, Math.Abs(onnx[p][l] - torchProbabilities[c][p][l]));
                }
            }
        }

        var rows = confusion.Select(row => (IReadOnlyList<int>)row).ToList();
        TimbreModelContract.For(Path.GetFileName(modelPath), corpus.Labels, patchOptions, corpus.Source,
            new TimbreEvaluation(corpus.HeldOut.Count, Math.Round(heldOutAccuracy, 4), rows, maxDifference, command)).Write(contractPath);

        return new TimbreTrainingReport(corpus.Labels, corpus.Training.Count, count, corpus.HeldOut.Count, losses,
            trainingAccuracy, heldOutAccuracy, rows, maxDifference, new FileInfo(modelPath).Length);
    }

    private static (float[] Data, long[] Targets) Flatten(IReadOnlyList<TimbreClip> clips, int patchLength)
    {
        var total = clips.Sum(c => c.Patches.Count);
        var data = new float[(long)total * patchLength];
        var targets = new long[total];
        var index = 0;
        foreach (var clip in clips)
        {
            clip.Patches.Data.CopyTo(data, (long)index * patchLength);
            for (var p = 0; p < clip.Patches.Count; p++)
                targets[index++] = clip.Label;
        }

        return (data, targets);
    }

    private static (float[] Mean, float[] Scale) CoefficientStatistics(float[] data, int coefficients)
    {
        var sum = new double[coefficients];
        var squares = new double[coefficients];
        var rows = data.Length / coefficients;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < coefficients; c++)
            {
                double v = data[r * coefficients + c];
                sum[c] += v;
                squares[c] += v * v;
            }
        }

        var mean = new float[coefficients];
        var scale = new float[coefficients];
        for (var c = 0; c < coefficients; c++)
        {
            var m = sum[c] / rows;
            mean[c] = (float)m;
            scale[c] = (float)Math.Max(1e-3, Math.Sqrt(Math.Max(0, squares[c] / rows - m * m)));
        }

        return (mean, scale);
    }

    private static double PatchAccuracy(TimbreNetwork network, float[] data, long[] targets, int frames, int coefficients)
    {
        if (targets.Length == 0)
            return 0;
        var probabilities = Probabilities(network, data, targets.Length, frames, coefficients);
        var right = 0;
        for (var i = 0; i < targets.Length; i++)
        {
            if (ArgMax(probabilities[i]) == targets[i])
                right++;
        }

        return right / (double)targets.Length;
    }

    internal static float[][] Probabilities(TimbreNetwork network, float[] data, int count, int frames, int coefficients)
    {
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        var input = torch.tensor(data.AsSpan(0, count * frames * coefficients).ToArray(), [count, 1, frames, coefficients]);
        var output = nn.functional.softmax(network.forward(input), 1).contiguous().data<float>().ToArray();
        var labels = network.Labels;
        var result = new float[count][];
        for (var i = 0; i < count; i++)
            result[i] = output.AsSpan(i * labels, labels).ToArray();
        return result;
    }

    private static int ArgMaxOfMean(float[][] probabilities, int labels)
    {
        var mean = new double[labels];
        foreach (var row in probabilities)
        {
            for (var l = 0; l < labels; l++)
                mean[l] += row[l];
        }

        return ArgMax(mean.Select(v => (float)v).ToArray());
    }

    private static int ArgMax(float[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
                best = i;
        }

        return best;
    }
}
