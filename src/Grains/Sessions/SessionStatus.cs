namespace SingKing.Grains.Sessions;

/// <summary>Counters of a singer's session, for monitoring.</summary>
/// <param name="OpenTakeId">The open take, or null when none is open.</param>
/// <param name="ChunksAccepted">Chunks of the open take that were processed.</param>
/// <param name="DuplicateChunks">Chunks of the open take that repeated an accepted one and were ignored.</param>
/// <param name="SamplesReceived">Samples of the open take written to its audio file.</param>
/// <param name="FrameCount">Pitch frames of the open take so far.</param>
/// <param name="WorkingBufferBytes">
/// Bytes held by the open take's reusable buffers (sample conversion, frame list, gap list, file buffers);
/// the pitch tracker's own fixed buffers are not included. It stays constant while a take runs without gaps,
/// whatever its length, because audio and frames go to disk as they arrive.
/// </param>
[GenerateSerializer, Immutable]
public sealed record SessionStatus(
    [property: Id(0)] string? OpenTakeId,
    [property: Id(1)] long ChunksAccepted,
    [property: Id(2)] long DuplicateChunks,
    [property: Id(3)] long SamplesReceived,
    [property: Id(4)] long FrameCount,
    [property: Id(5)] long WorkingBufferBytes);
