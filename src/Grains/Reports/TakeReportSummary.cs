namespace SingKing.Grains.Reports;

/// <summary>The headline of a take's report, returned when the take ends; the full report is at <paramref name="Url"/>.</summary>
/// <param name="Total">0–10000, UltraStar's convention.</param>
/// <param name="Rating">UltraStar's label of the total, camelCase ("risingStar").</param>
/// <param name="Pitch">0–1.</param>
/// <param name="Rhythm">0–1.</param>
/// <param name="Lyrics">Articulation timing, 0–1.</param>
/// <param name="Url">Where the report is served.</param>
[GenerateSerializer, Immutable]
public sealed record TakeReportSummary(
    [property: Id(0)] double Total,
    [property: Id(1)] string Rating,
    [property: Id(2)] double Pitch,
    [property: Id(3)] double Rhythm,
    [property: Id(4)] double Lyrics,
    [property: Id(5)] string Url)
{
    /// <summary>The headline of <paramref name="report"/>.</summary>
    public static TakeReportSummary From(TakeReportDocument report) => new(
        report.Total,
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(report.Rating.ToString()),
        report.Pitch,
        report.Rhythm,
        report.Lyrics,
        $"/api/takes/{report.TakeId}/report");
}
