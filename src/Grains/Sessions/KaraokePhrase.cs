namespace SingKing.Grains.Sessions;

/// <summary>A line of lyrics that has ended, with its rating.</summary>
/// <param name="Index">The line's index in the first voice of the chart.</param>
/// <param name="Rating">"perfect", "great", "good", "ok" or "miss".</param>
[GenerateSerializer, Immutable]
public sealed record KaraokePhrase([property: Id(0)] int Index, [property: Id(1)] string Rating);
