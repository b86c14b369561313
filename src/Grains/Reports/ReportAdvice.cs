using SingKing.Dsp.Reports;

namespace SingKing.Grains.Reports;

/// <summary>One piece of advice: its code and the values its sentence quotes.</summary>
public sealed record ReportAdvice(AdviceCode Code, IReadOnlyDictionary<string, double> Values);
