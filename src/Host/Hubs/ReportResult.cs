using MessagePack;
using SingKing.Grains.Reports;

namespace SingKing.Host.Hubs;

/// <summary>The headline of a take's report: the <c>report</c> of <see cref="SessionSummary"/>. The full report is at <see cref="Url"/>.</summary>
[MessagePackObject]
public sealed class ReportResult
{
    /// <summary>0–10 000, UltraStar's convention.</summary>
    [Key("total")]
    public double Total { get; set; }

    /// <summary>UltraStar's label of the total: "toneDeaf", "amateur", … "ultrastar".</summary>
    [Key("rating")]
    public string Rating { get; set; } = "";

    /// <summary>Pitch score, 0–1.</summary>
    [Key("pitch")]
    public double Pitch { get; set; }

    /// <summary>Rhythm score, 0–1.</summary>
    [Key("rhythm")]
    public double Rhythm { get; set; }

    /// <summary>Lyric delivery (articulation timing), 0–1.</summary>
    [Key("lyrics")]
    public double Lyrics { get; set; }

    /// <summary>Where the full report is served.</summary>
    [Key("url")]
    public string Url { get; set; } = "";

    internal static ReportResult? From(TakeReportSummary? report) => report is null ? null : new ReportResult
    {
        Total = report.Total,
        Rating = report.Rating,
        Pitch = report.Pitch,
        Rhythm = report.Rhythm,
        Lyrics = report.Lyrics,
        Url = report.Url,
    };
}
