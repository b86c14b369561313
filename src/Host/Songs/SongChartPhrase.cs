namespace SingKing.Host.Songs;

/// <summary>A line of lyrics with its notes.</summary>
/// <param name="StartSeconds">When the first note starts, in seconds.</param>
/// <param name="EndSeconds">When the line ends (its phrase-end marker or last note), in seconds.</param>
/// <param name="Lyrics">The line's text as shown to the singer.</param>
/// <param name="Notes">The notes in order.</param>
public sealed record SongChartPhrase(double StartSeconds, double EndSeconds, string Lyrics, IReadOnlyList<SongChartNote> Notes);
