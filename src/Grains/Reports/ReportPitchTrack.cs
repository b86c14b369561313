namespace SingKing.Grains.Reports;

/// <summary>The sung pitch on the song's timeline: value i is at <see cref="StartSeconds"/> + i × <see cref="HopSeconds"/>.</summary>
/// <param name="StartSeconds">Song time of the first value, latency removed.</param>
/// <param name="HopSeconds">Seconds between values.</param>
/// <param name="Midi">MIDI pitch (fractional, 2 decimals) per value, or null when unvoiced.</param>
public sealed record ReportPitchTrack(double StartSeconds, double HopSeconds, IReadOnlyList<double?> Midi);
