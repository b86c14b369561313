using SingKing.Grains.Sessions;
using SingKing.Host.Singers;
using SingKing.Storage;
using SingKing.Storage.Diagnoses;

namespace SingKing.Host.Diagnoses;

/// <summary>
/// Keeps the range a signed-in singer sang in a free take (the range test, or live pitch) as a range diagnosis, for
/// My page. A take sung to a song is left out: its range is the song's, not the voice's. An anonymous singer's
/// range stays in the take's files only.
/// </summary>
public sealed partial class RangeDiagnosisKeeper(IDiagnosisStore diagnoses, TimeProvider clock, ILogger<RangeDiagnosisKeeper> logger)
{
    /// <summary>
    /// Adds <paramref name="summary"/>'s range for <paramref name="singer"/> when there is one to keep; returns whether
    /// it was kept. Never throws for a database problem: the take is already safe, so a lost diagnosis is logged only.
    /// </summary>
    /// <param name="singer">Whoever sang the take.</param>
    /// <param name="summary">The take as the session ended it.</param>
    /// <param name="takeSaved">Whether the take's row is in the database, so the diagnosis can point at it (and go with it when it is deleted).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task<bool> KeepAsync(SingerKey singer, TakeSummary summary, bool takeSaved, CancellationToken cancellationToken)
    {
        if (singer.AccountId is not { } accountId || summary.Range is not { } range || summary.Karaoke is not null)
            return false;
        try
        {
            await diagnoses.AddRangeAsync(new RangeDiagnosis
            {
                SingerId = accountId,
                TakeId = takeSaved ? summary.TakeId : null,
                LowestNote = range.Lowest,
                LowestHz = range.LowestHz,
                HighestNote = range.Highest,
                HighestHz = range.HighestHz,
                VoiceType = string.IsNullOrEmpty(range.VoiceType) ? null : range.VoiceType,
                MeasuredAt = clock.GetUtcNow(),
            }, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is StorageUnavailableException or StorageConflictException)
        {
            LogNotKept(exception, summary.TakeId, accountId);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Take {TakeId}: the range of singer {AccountId} was not kept")]
    private partial void LogNotKept(Exception exception, string takeId, long accountId);
}
