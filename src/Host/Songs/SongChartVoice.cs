namespace SingKing.Host.Songs;

/// <summary>One singer's part of a chart.</summary>
/// <param name="Number">Voice number, 1 for a solo chart.</param>
/// <param name="Singer">Singer name of a duet part, or null.</param>
/// <param name="Phrases">Lines of lyrics in order.</param>
public sealed record SongChartVoice(int Number, string? Singer, IReadOnlyList<SongChartPhrase> Phrases);
