using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingKing.Training;

/// <summary>
/// A small convolutional network over an MFCC patch [batch, 1, frames, coefficients]: per-coefficient
/// standardisation (constants learnt from the training set) → three 3×3 convolutions with ReLU, the first
/// two followed by 2×2 max pooling → global average pooling → dropout → a linear layer of one logit per
/// label. Global pooling makes it indifferent to where in the patch a trait shows, and keeps it tiny.
/// </summary>
public sealed class TimbreNetwork : nn.Module<Tensor, Tensor>
{
    // RegisterComponents names the layers after these fields, as PyTorch names them after attributes.
    private readonly Conv2d conv1;
    private readonly Conv2d conv2;
    private readonly Conv2d conv3;
    private readonly MaxPool2d pool;
    private readonly Dropout dropout;
    private readonly Linear classifier;
    private readonly Tensor mean;
    private readonly Tensor scale;

    static TimbreNetwork() => LibTorchCompatibility.Prepare();

    /// <summary>A network of <paramref name="shape"/> for <paramref name="labels"/> labels reading <paramref name="coefficients"/> coefficients per frame.</summary>
    /// <param name="shape">Channel counts.</param>
    /// <param name="coefficients">MFCC coefficients per frame.</param>
    /// <param name="labels">Number of output labels.</param>
    /// <param name="coefficientMean">Training-set mean of each coefficient.</param>
    /// <param name="coefficientScale">Training-set standard deviation of each coefficient.</param>
    public TimbreNetwork(TimbreNetworkShape shape, int coefficients, int labels, float[] coefficientMean, float[] coefficientScale)
        : base(nameof(TimbreNetwork))
    {
        ArgumentNullException.ThrowIfNull(shape);
        Shape = shape;
        Labels = labels;
        conv1 = nn.Conv2d(1, shape.First, 3, padding: 1);
        conv2 = nn.Conv2d(shape.First, shape.Second, 3, padding: 1);
        conv3 = nn.Conv2d(shape.Second, shape.Third, 3, padding: 1);
        pool = nn.MaxPool2d(2);
        dropout = nn.Dropout(0.2);
        classifier = nn.Linear(shape.Third, labels);
        mean = torch.tensor(coefficientMean, [1, 1, 1, coefficients]);
        scale = torch.tensor(coefficientScale, [1, 1, 1, coefficients]);
        register_buffer("mean", mean);
        register_buffer("scale", scale);
        RegisterComponents();
    }

    /// <summary>Channel counts.</summary>
    public TimbreNetworkShape Shape { get; }

    /// <summary>Number of output labels.</summary>
    public int Labels { get; }

    /// <summary>Logits [batch, labels] of MFCC patches [batch, 1, frames, coefficients].</summary>
    public override Tensor forward(Tensor input)
    {
        var x = (input - mean) / scale;
        x = pool.forward(nn.functional.relu(conv1.forward(x)));
        x = pool.forward(nn.functional.relu(conv2.forward(x)));
        x = nn.functional.relu(conv3.forward(x));
        x = x.mean([2L, 3L]);
        return classifier.forward(dropout.forward(x));
    }

    /// <summary>The weights the ONNX export needs, as flat arrays, in the order of the graph.</summary>
    internal NetworkWeights Weights() => new(
        Flat(mean), Flat(scale),
        Flat(conv1.weight!), Flat(conv1.bias!),
        Flat(conv2.weight!), Flat(conv2.bias!),
        Flat(conv3.weight!), Flat(conv3.bias!),
        Flat(classifier.weight!), Flat(classifier.bias!));

    private static float[] Flat(Tensor tensor) => tensor.detach().cpu().contiguous().data<float>().ToArray();
}
