namespace SingKing.Grains.Timbre;

/// <summary>Name and shape of a model tensor; −1 marks the batch (patch) dimension.</summary>
/// <param name="Name">Tensor name in the ONNX graph.</param>
/// <param name="Shape">Dimensions.</param>
public sealed record TimbreTensorSpec(string Name, IReadOnlyList<long> Shape);
