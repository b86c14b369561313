namespace SingKing.Dsp.Reports;

/// <summary>One piece of advice: what it is about and the measured values its sentence quotes.</summary>
/// <param name="Code">What the advice is about.</param>
/// <param name="Values">The values quoted, by name (see each <see cref="AdviceCode"/>), rounded for reading.</param>
public sealed record Advice(AdviceCode Code, IReadOnlyDictionary<string, double> Values);
