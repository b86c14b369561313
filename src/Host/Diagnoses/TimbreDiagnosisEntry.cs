using System.Text.Json;
using SingKing.Storage.Diagnoses;

namespace SingKing.Host.Diagnoses;

/// <summary>A kept timbre diagnosis as My page reads it.</summary>
/// <param name="Id">The diagnosis's id.</param>
/// <param name="TakeId">The take it was measured in, or null when none was kept.</param>
/// <param name="Label">The style the voice suits best: "ballad", "dance", "rock" or "trot".</param>
/// <param name="Probabilities">Each style's probability, 0–1.</param>
/// <param name="MeasuredAt">When it was measured (UTC).</param>
public sealed record TimbreDiagnosisEntry(long Id, string? TakeId, string Label, IReadOnlyDictionary<string, double> Probabilities, DateTimeOffset MeasuredAt)
{
    /// <summary>The entry for a stored diagnosis.</summary>
    public static TimbreDiagnosisEntry From(TimbreDiagnosis d) =>
        new(d.Id, d.TakeId, d.Class.ToString().ToLowerInvariant(),
            JsonSerializer.Deserialize<Dictionary<string, double>>(d.ProbabilitiesJson) ?? [], d.MeasuredAt);
}
