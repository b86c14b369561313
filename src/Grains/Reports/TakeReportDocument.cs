using SingKing.Dsp.Reports;

namespace SingKing.Grains.Reports;

/// <summary>
/// The report of a take sung to a song, as report.json keeps it and <c>GET /api/takes/{takeId}/report</c> serves it
/// (camelCase JSON; the page's types are wwwroot/src/report/report-contract.ts). Every time is song time in seconds.
/// </summary>
/// <param name="TakeId">The take.</param>
/// <param name="Song">The song sung.</param>
/// <param name="Difficulty">"easy", "medium" or "hard".</param>
/// <param name="EndedUtc">When the take ended.</param>
/// <param name="DurationSeconds">Length of the sung audio in seconds.</param>
/// <param name="LatencyMs">The device delay the take was scored with, in ms.</param>
/// <param name="Total">0–10000, UltraStar's convention.</param>
/// <param name="Rating">UltraStar's label of <paramref name="Total"/>.</param>
/// <param name="Pitch">0–1.</param>
/// <param name="Rhythm">0–1.</param>
/// <param name="Lyrics">Articulation timing, 0–1.</param>
/// <param name="Phrases">Every line with scored notes.</param>
/// <param name="Notes">Every scored note.</param>
/// <param name="Tendencies">The singer's habits.</param>
/// <param name="Advice">What to work on, most important first.</param>
/// <param name="PitchTrack">The sung pitch on the song's timeline.</param>
/// <param name="Audio">Where the compressed take plays from.</param>
/// <param name="PracticeThreshold">Lines below this 0–100 score are listed to practise.</param>
/// <param name="Previous">The singer's previous finished take of the song, or null.</param>
public sealed record TakeReportDocument(
    string TakeId,
    ReportSong Song,
    string Difficulty,
    DateTimeOffset EndedUtc,
    double DurationSeconds,
    double LatencyMs,
    double Total,
    RatingLabel Rating,
    double Pitch,
    double Rhythm,
    double Lyrics,
    IReadOnlyList<ReportPhrase> Phrases,
    IReadOnlyList<ReportNote> Notes,
    ReportTendencies Tendencies,
    IReadOnlyList<ReportAdvice> Advice,
    ReportPitchTrack PitchTrack,
    ReportAudio Audio,
    double PracticeThreshold,
    ReportPreviousTake? Previous);
