namespace SingKing.Grains.Sessions;

/// <summary>Asks to carry on an open take on a new connection, after the one that streamed it dropped.</summary>
/// <param name="ConnectionId">The new connection; it owns the take from now on.</param>
/// <param name="TakeId">The take to carry on, as <c>startSession</c> returned it.</param>
[GenerateSerializer, Immutable]
public sealed record ResumeTake([property: Id(0)] string ConnectionId, [property: Id(1)] string TakeId);
