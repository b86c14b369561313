using Google.Protobuf;
using Onnx;

namespace SingKing.Training;

/// <summary>
/// Writes a trained <see cref="TimbreNetwork"/> as an ONNX graph (opset 13) with OnnxSharp's protobuf types:
/// Sub/Div (standardisation) → Conv/Relu/MaxPool ×2 → Conv/Relu → GlobalAveragePool → Flatten → Gemm →
/// Softmax. Dropout is the identity at inference and is left out.
/// </summary>
internal static class OnnxExporter
{
    public const long Opset = 13;

    public static void Export(TimbreNetwork network, int frames, int coefficients, string inputName, string outputName, string path)
    {
        var w = network.Weights();
        var shape = network.Shape;
        var graph = new GraphProto { Name = "timbre" };
        graph.Input.Add(Value(inputName, Dim("patches"), Dim(1), Dim(frames), Dim(coefficients)));
        graph.Output.Add(Value(outputName, Dim("patches"), Dim(network.Labels)));

        graph.Initializer.Add(Tensor("mean", w.Mean, 1, 1, 1, coefficients));
        graph.Initializer.Add(Tensor("scale", w.Scale, 1, 1, 1, coefficients));
        graph.Initializer.Add(Tensor("conv1.weight", w.Conv1Weight, shape.First, 1, 3, 3));
        graph.Initializer.Add(Tensor("conv1.bias", w.Conv1Bias, shape.First));
        graph.Initializer.Add(Tensor("conv2.weight", w.Conv2Weight, shape.Second, shape.First, 3, 3));
        graph.Initializer.Add(Tensor("conv2.bias", w.Conv2Bias, shape.Second));
        graph.Initializer.Add(Tensor("conv3.weight", w.Conv3Weight, shape.Third, shape.Second, 3, 3));
        graph.Initializer.Add(Tensor("conv3.bias", w.Conv3Bias, shape.Third));
        graph.Initializer.Add(Tensor("classifier.weight", w.ClassifierWeight, network.Labels, shape.Third));
        graph.Initializer.Add(Tensor("classifier.bias", w.ClassifierBias, network.Labels));

        graph.Node.Add(Node("Sub", [inputName, "mean"], "centred"));
        graph.Node.Add(Node("Div", ["centred", "scale"], "standardised"));
        graph.Node.Add(Conv("conv1", "standardised", "c1"));
        graph.Node.Add(Node("Relu", ["c1"], "r1"));
        graph.Node.Add(Pool("r1", "p1"));
        graph.Node.Add(Conv("conv2", "p1", "c2"));
        graph.Node.Add(Node("Relu", ["c2"], "r2"));
        graph.Node.Add(Pool("r2", "p2"));
        graph.Node.Add(Conv("conv3", "p2", "c3"));
        graph.Node.Add(Node("Relu", ["c3"], "r3"));
        graph.Node.Add(Node("GlobalAveragePool", ["r3"], "g"));
        graph.Node.Add(Node("Flatten", ["g"], "features", Int("axis", 1)));
        graph.Node.Add(Node("Gemm", ["features", "classifier.weight", "classifier.bias"], "logits", Int("transB", 1)));
        graph.Node.Add(Node("Softmax", ["logits"], outputName, Int("axis", 1)));

        var model = new ModelProto
        {
            IrVersion = 8,
            ProducerName = "SingKing.Training",
            ProducerVersion = "1",
            DocString = "SingKing timbre classifier: MFCC patch → probabilities of each label.",
            Graph = graph,
        };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = Opset });

        using var stream = File.Create(path);
        model.WriteTo(stream);
    }

    private static NodeProto Conv(string name, string input, string output) =>
        Node("Conv", [input, name + ".weight", name + ".bias"], output, Ints("kernel_shape", 3, 3), Ints("pads", 1, 1, 1, 1));

    private static NodeProto Pool(string input, string output) =>
        Node("MaxPool", [input], output, Ints("kernel_shape", 2, 2), Ints("strides", 2, 2));

    private static NodeProto Node(string op, string[] inputs, string output, params AttributeProto[] attributes)
    {
        var node = new NodeProto { OpType = op, Name = output };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        node.Attribute.AddRange(attributes);
        return node;
    }

    private static AttributeProto Int(string name, long value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    private static AttributeProto Ints(string name, params long[] values)
    {
        var attribute = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints };
        attribute.Ints.AddRange(values);
        return attribute;
    }

    private static TensorProto Tensor(string name, float[] values, params long[] dims)
    {
        var count = dims.Aggregate(1L, (a, b) => a * b);
        if (count != values.Length)
            throw new InvalidOperationException($"{name} has {values.Length} values, not {count}.");
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float };
        tensor.Dims.AddRange(dims);
        tensor.FloatData.AddRange(values);
        return tensor;
    }

    private static TensorShapeProto.Types.Dimension Dim(long value) => new() { DimValue = value };

    private static TensorShapeProto.Types.Dimension Dim(string name) => new() { DimParam = name };

    private static ValueInfoProto Value(string name, params TensorShapeProto.Types.Dimension[] dims)
    {
        var shape = new TensorShapeProto();
        shape.Dim.AddRange(dims);
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape } },
        };
    }
}
