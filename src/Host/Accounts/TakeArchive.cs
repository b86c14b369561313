using Microsoft.Extensions.Options;
using SingKing.Grains.Reports;
using SingKing.Grains.Sessions;
using SingKing.Grains.Takes;
using SingKing.Host.Boards;
using SingKing.Host.Singers;
using SingKing.Host.Songs;
using SingKing.Storage;
using SingKing.Storage.Singers;
using SingKing.Storage.Songs;
using SingKing.Storage.Takes;

namespace SingKing.Host.Accounts;

/// <summary>
/// Saves a signed-in singer's finished take to the database (scores from the report's headline, the report's JSON,
/// the audio's path, the latency) through <see cref="TakeSaver"/>, which retries while the database is down, then
/// awards the take's experience (<see cref="ExperienceRules"/>). A take that cannot be saved keeps its files and is
/// reported as not saved, never as an exception that would lose the summary.
/// </summary>
public sealed partial class TakeArchive
{
    private readonly TakeSaver _saver;
    private readonly ISingerStore _singers;
    private readonly TakeFileStore _files;
    private readonly string _dataPath;
    private readonly TimeProvider _clock;
    private readonly Leaderboard _boards;
    private readonly ILogger<TakeArchive> _logger;

    /// <summary>An archive writing to the configured database.</summary>
    public TakeArchive(
        ITakeStore takes,
        ISongCatalogStore catalog,
        ISingerStore singers,
        SongLibrary library,
        TakeFileStore files,
        IOptions<TakeFileStoreOptions> fileOptions,
        IOptions<TakeSaveOptions> saveOptions,
        TimeProvider clock,
        Leaderboard boards,
        ILoggerFactory loggers)
    {
        _saver = new TakeSaver(new SongCataloguingTakeStore(takes, catalog, library, clock), clock, saveOptions, loggers.CreateLogger<TakeSaver>());
        _singers = singers;
        _files = files;
        _dataPath = fileOptions.Value.DataPath;
        _clock = clock;
        _boards = boards;
        _logger = loggers.CreateLogger<TakeArchive>();
    }

    /// <summary>Saves <paramref name="summary"/>'s take for the signed-in <paramref name="singer"/> and awards its points.</summary>
    /// <param name="singer">A signed-in singer.</param>
    /// <param name="summary">The take as the session ended it.</param>
    /// <param name="onFailedAttempt">Told about every failed attempt, before the wait; may be null.</param>
    /// <param name="cancellationToken">Stops retrying (the take is then reported as not saved).</param>
    public async Task<TakeSaveResult> SaveAsync(
        SingerKey singer,
        TakeSummary summary,
        Func<TakeSaveAttemptFailed, CancellationToken, ValueTask>? onFailedAttempt,
        CancellationToken cancellationToken)
    {
        var accountId = singer.AccountId ?? throw new ArgumentException("Only a signed-in singer's takes are saved to the database.", nameof(singer));
        Take take;
        try
        {
            take = await DescribeAsync(accountId, singer.Id, summary, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogUnreadable(exception, summary.TakeId, accountId);
            return NotSaved(0, "Your take could not be saved: its files could not be read. Whatever was written is kept on the server.");
        }

        int attempts;
        try
        {
            attempts = await _saver.SaveAsync(take, onFailedAttempt, cancellationToken);
        }
        catch (TakeNotSavedException notSaved)
        {
            return NotSaved(notSaved.Attempts, "Your take could not be saved because the database stayed unreachable. Its recording and report are kept on the server.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return NotSaved(0, "The server stopped before your take was saved. Its recording and report are kept on the server.");
        }
        catch (StorageConflictException conflict)
        {
            LogRefused(conflict, take.Id, accountId);
            return NotSaved(1, "Your take could not be saved: the database refused it. Its recording and report are kept on the server.");
        }

        var result = new TakeSaveResult { Saved = true, Attempts = attempts };
        try
        {
            var points = ExperienceRules.PointsForTake(take.DurationSeconds, take.TotalScore);
            if (points > 0)
            {
                var progress = await _singers.AwardExperienceAsync(
                    new ExperienceEvent { SingerId = accountId, Amount = points, Reason = "take:" + take.Id, OccurredAt = _clock.GetUtcNow() },
                    ExperienceRules.LevelForPoints,
                    cancellationToken);
                result.ExperienceGained = points;
                result.ExperiencePoints = progress.ExperiencePoints;
                result.Level = progress.Level;
                result.LevelUp = progress.Level > progress.PreviousLevel;
            }
            else if (await _singers.GetAsync(accountId, cancellationToken) is { } current)
            {
                result.ExperienceGained = 0;
                result.ExperiencePoints = current.ExperiencePoints;
                result.Level = current.Level;
            }
        }
        catch (Exception exception) when (exception is StorageUnavailableException or StorageConflictException)
        {
            // The take itself is safe; only its points are missing, which the summary shows as null.
            LogAwardFailed(exception, take.Id, accountId);
        }

        try
        {
            await _boards.EnterAsync(take, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || cancellationToken.IsCancellationRequested)
        {
            // The take is saved, which is what the singer waits for; a board that missed it is rebuilt from the database
            // once it is found empty, so a failure here (Redis down, a push that failed) must not fail the save.
            LogBoardsFailed(exception, take.Id, accountId);
        }

        return result;
    }

    private async Task<Take> DescribeAsync(long accountId, string singerKey, TakeSummary summary, CancellationToken cancellationToken)
    {
        var folder = _files.GetTakeFolder(singerKey, summary.TakeId);
        var record = await TakeFiles.ReadRecordAsync(folder, cancellationToken);
        var reportPath = Path.Combine(folder, TakeReporter.ReportFileName);
        var reportJson = File.Exists(reportPath) ? await File.ReadAllTextAsync(reportPath, cancellationToken) : null;
        var audioPath = Path.Combine(folder, TakeFiles.AudioFileName);
        var now = _clock.GetUtcNow();
        var score = summary.Report?.Total ?? summary.Karaoke?.Score;
        return new Take
        {
            Id = summary.TakeId,
            SingerId = accountId,
            SongId = summary.Karaoke?.SongId,
            Difficulty = summary.Karaoke?.Difficulty,
            StartedAt = record?.StartedUtc ?? now,
            EndedAt = record?.EndedUtc ?? now,
            DurationSeconds = summary.DurationSeconds,
            Status = TakeOutcome.Complete,
            TotalScore = score is { } total ? (int)Math.Clamp(Math.Round(total), 0, 10_000) : null,
            PitchAccuracy = summary.Report?.Pitch,
            RhythmAccuracy = summary.Report?.Rhythm,
            LyricsAccuracy = summary.Report?.Lyrics,
            ReportJson = reportJson,
            // Relative to the data folder with '/', so the row stays true when the data folder moves or the host is Windows.
            AudioPath = File.Exists(audioPath) ? Path.GetRelativePath(_dataPath, audioPath).Replace('\\', '/') : null,
            LatencyMs = summary.Karaoke?.LatencyMs,
        };
    }

    private static TakeSaveResult NotSaved(int attempts, string error) => new() { Saved = false, Attempts = attempts, Error = error };

    [LoggerMessage(Level = LogLevel.Error, Message = "Take {TakeId} of account {AccountId} was not saved: its files could not be read")]
    private partial void LogUnreadable(Exception exception, string takeId, long accountId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Take {TakeId} of account {AccountId} was refused by the database")]
    private partial void LogRefused(Exception exception, string takeId, long accountId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Take {TakeId} of account {AccountId} is saved but its experience was not awarded")]
    private partial void LogAwardFailed(Exception exception, string takeId, long accountId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Take {TakeId} of account {AccountId} is saved but was not offered to the boards")]
    private partial void LogBoardsFailed(Exception exception, string takeId, long accountId);
}
