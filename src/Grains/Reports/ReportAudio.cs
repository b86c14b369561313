namespace SingKing.Grains.Reports;

/// <summary>Where a take's compressed audio plays from.</summary>
/// <param name="Url">The Ogg Opus file's address.</param>
/// <param name="StartSeconds">Song time, on the graphs' axis (latency removed), of the file's first sample.</param>
public sealed record ReportAudio(string Url, double StartSeconds);
