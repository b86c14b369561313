using System.Text.Json;
using SingKing.Host.Singers;
using SingKing.Storage.Diagnoses;

namespace SingKing.Host.Timbre;

/// <summary>
/// Keeps a signed-in singer's timbre results as diagnoses in the database, for My page; an anonymous singer's result
/// stays on their device only.
/// </summary>
public sealed class DatabaseTimbreResultStore(IDiagnosisStore diagnoses, TimeProvider clock) : ITimbreResultStore
{
    /// <inheritdoc />
    public async Task SaveAsync(SingerKey singer, TimbreResult result, CancellationToken cancellationToken)
    {
        if (singer.AccountId is not { } accountId)
            return;
        if (!Enum.TryParse<TimbreClass>(result.Label, ignoreCase: true, out var timbre))
            throw new InvalidOperationException($"The timbre model answered \"{result.Label}\", which is not a timbre the database keeps.");
        await diagnoses.AddTimbreAsync(new TimbreDiagnosis
        {
            SingerId = accountId,
            Class = timbre,
            ProbabilitiesJson = JsonSerializer.Serialize(result.Probabilities),
            MeasuredAt = clock.GetUtcNow(),
        }, cancellationToken);
    }
}
