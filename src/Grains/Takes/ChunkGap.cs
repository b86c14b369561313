namespace SingKing.Grains.Takes;

/// <summary>A run of chunks that never arrived: sequence numbers <see cref="FirstSequence"/> to <see cref="FirstSequence"/> + <see cref="Count"/> − 1.</summary>
/// <param name="FirstSequence">First missing sequence number.</param>
/// <param name="Count">How many consecutive sequence numbers are missing (at least 1).</param>
[GenerateSerializer, Immutable]
public sealed record ChunkGap([property: Id(0)] long FirstSequence, [property: Id(1)] long Count);
