namespace SingKing.Grains.Sessions;

/// <summary>Asks to open a take for the singer.</summary>
/// <param name="ConnectionId">The connection that will stream the take's audio; only it may send chunks or end the take.</param>
/// <param name="SampleRate">Sample rate of the audio to come, in Hz (must be 16 000).</param>
[GenerateSerializer, Immutable]
public sealed record StartTake([property: Id(0)] string ConnectionId, [property: Id(1)] int SampleRate);
