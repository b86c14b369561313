using SingKing.Storage.Diagnoses;

namespace SingKing.Host.Diagnoses;

/// <summary>A kept range diagnosis as My page reads it.</summary>
/// <param name="Id">The diagnosis's id.</param>
/// <param name="TakeId">The take it was measured in, or null when that take was not kept.</param>
/// <param name="LowestNote">The lowest note held steadily, e.g. "A2".</param>
/// <param name="LowestHz">Its median fundamental, in Hz.</param>
/// <param name="HighestNote">The highest note held steadily.</param>
/// <param name="HighestHz">Its median fundamental, in Hz.</param>
/// <param name="VoiceType">"bass", "baritone", "tenor", "alto", "mezzo-soprano" or "soprano"; null when none fits.</param>
/// <param name="MeasuredAt">When it was measured (UTC).</param>
public sealed record RangeDiagnosisEntry(
    long Id, string? TakeId, string LowestNote, double LowestHz, string HighestNote, double HighestHz, string? VoiceType, DateTimeOffset MeasuredAt)
{
    /// <summary>The entry for a stored diagnosis.</summary>
    public static RangeDiagnosisEntry From(RangeDiagnosis d) =>
        new(d.Id, d.TakeId, d.LowestNote, d.LowestHz, d.HighestNote, d.HighestHz, d.VoiceType, d.MeasuredAt);
}
