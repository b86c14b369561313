namespace SingKing.Grains.Sessions;

/// <summary>The state of a resumed take: where the client's audio and the returned frames carry on.</summary>
/// <param name="TakeId">The take.</param>
/// <param name="SampleRate">Sample rate of the take, in Hz.</param>
/// <param name="HopSeconds">Time between pitch frames, in seconds.</param>
/// <param name="NextSequence">The first chunk the session has not accepted: resend from here.</param>
/// <param name="FrameCount">Frames returned so far; the next chunk's frames start at this index.</param>
[GenerateSerializer, Immutable]
public sealed record TakeResumed(
    [property: Id(0)] string TakeId,
    [property: Id(1)] int SampleRate,
    [property: Id(2)] double HopSeconds,
    [property: Id(3)] long NextSequence,
    [property: Id(4)] long FrameCount);
