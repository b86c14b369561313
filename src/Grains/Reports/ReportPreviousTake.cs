using SingKing.Dsp.Reports;

namespace SingKing.Grains.Reports;

/// <summary>The singer's previous finished take of the same song, shown beside the current one.</summary>
public sealed record ReportPreviousTake(string TakeId, DateTimeOffset EndedUtc, double Total, RatingLabel Rating, double Pitch, double Rhythm, double Lyrics);
