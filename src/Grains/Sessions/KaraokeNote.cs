namespace SingKing.Grains.Sessions;

/// <summary>How far one of the song's notes has been sung, as the page needs it to colour the note.</summary>
/// <param name="Id">The note's index in the first voice of the chart, in file order.</param>
/// <param name="Hit">Share of the note earned so far, in [0, 1].</param>
/// <param name="Final">Whether song time has passed the note's end, so it will not change again.</param>
[GenerateSerializer, Immutable]
public sealed record KaraokeNote([property: Id(0)] int Id, [property: Id(1)] double Hit, [property: Id(2)] bool Final);
