namespace SingKing.Dsp.Charts;

/// <summary>Chart text decoded from bytes, the encoding chosen and anything worth warning about it.</summary>
internal sealed record DecodedChart(string Text, ChartTextEncoding Encoding, IReadOnlyList<ChartDiagnostic> Warnings);
