namespace SingKing.Host.Songs;

/// <summary>A song's catalogue entry and its whole chart, timed in seconds, for the karaoke page.</summary>
/// <param name="Song">The catalogue entry.</param>
/// <param name="Bpm"><c>#BPM</c> as written (quarter notes per minute; a chart beat is a quarter of one).</param>
/// <param name="GapMs"><c>#GAP</c>: time of beat 0 in milliseconds.</param>
/// <param name="Voices">The singers' parts.</param>
public sealed record SongDetails(SongSummary Song, double Bpm, double GapMs, IReadOnlyList<SongChartVoice> Voices);
