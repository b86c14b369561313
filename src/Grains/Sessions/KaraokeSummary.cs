namespace SingKing.Grains.Sessions;

/// <summary>How a take sung to a song scored, once every note is final. take.json holds the same.</summary>
/// <param name="SongId">The song sung.</param>
/// <param name="Difficulty">"easy", "medium" or "hard".</param>
/// <param name="Score">Total in UltraStar's convention, 0–10 000 (9 000 for the notes, 1 000 for the lines).</param>
/// <param name="NotesHit">Scored notes sung for at least 60 % of their length.</param>
/// <param name="NotesScored">Notes that count towards the score (all but freestyle ones).</param>
/// <param name="Phrases">Every rated line, in the order the lines ended.</param>
/// <param name="LatencyMs">The device delay the take was aligned with, in milliseconds.</param>
/// <param name="Practice">A practice pass: no report, no history.</param>
/// <param name="SongClock">
/// Where the song clock's marks corrected take time (see <see cref="Dsp.Alignment.SongClock"/>); with
/// <paramref name="LatencyMs"/>, enough to place the take's audio on the song again.
/// </param>
[GenerateSerializer, Immutable]
public sealed record KaraokeSummary(
    [property: Id(0)] string SongId,
    [property: Id(1)] string Difficulty,
    [property: Id(2)] double Score,
    [property: Id(3)] int NotesHit,
    [property: Id(4)] int NotesScored,
    [property: Id(5)] KaraokePhrase[] Phrases,
    [property: Id(6)] double LatencyMs = 0,
    [property: Id(7)] SongClockCorrection[]? SongClock = null,
    [property: Id(8)] bool Practice = false);
