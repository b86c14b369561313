namespace SingKing.Grains.Reports;

/// <summary>The song a report is about.</summary>
public sealed record ReportSong(string Id, string Title, string Artist, string? Language);
