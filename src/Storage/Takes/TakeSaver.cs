using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace SingKing.Storage.Takes;

/// <summary>
/// Saves a finished take before its score is shown, retrying while the database is unreachable with bounded,
/// jittered exponential backoff, and telling the caller about every failed attempt. Saving is an upsert by take
/// id, so an attempt whose outcome was lost with the connection is safe to repeat.
/// </summary>
public sealed class TakeSaver
{
    private readonly ITakeStore _takes;
    private readonly TimeProvider _clock;
    private readonly TakeSaveOptions _options;
    private readonly ILogger _logger;
    private readonly Random _jitter;

    /// <summary>A saver writing to <paramref name="takes"/>.</summary>
    /// <param name="takes">Where takes are stored.</param>
    /// <param name="clock">Times the waits between attempts.</param>
    /// <param name="options">The backoff schedule.</param>
    /// <param name="logger">Logs each failed attempt.</param>
    /// <param name="jitter">Draws the jitter; <see cref="Random.Shared"/> when null.</param>
    public TakeSaver(ITakeStore takes, TimeProvider clock, IOptions<TakeSaveOptions> options, ILogger<TakeSaver>? logger = null, Random? jitter = null)
    {
        _takes = takes;
        _clock = clock;
        _options = options.Value;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _jitter = jitter ?? Random.Shared;
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxAttempts, 1);
    }

    /// <summary>Saves <paramref name="take"/>, retrying while the database is unreachable; returns the number of attempts it took.</summary>
    /// <param name="take">The finished take.</param>
    /// <param name="onFailedAttempt">Called after each failed attempt, before the wait; may be null.</param>
    /// <param name="cancellationToken">Stops retrying (the take is then not saved).</param>
    /// <exception cref="TakeNotSavedException">The database stayed unreachable for every attempt.</exception>
    /// <exception cref="StorageConflictException">The take breaks a schema rule; retrying would not help.</exception>
    public async Task<int> SaveAsync(
        Take take,
        Func<TakeSaveAttemptFailed, CancellationToken, ValueTask>? onFailedAttempt,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _takes.SaveAsync(take, cancellationToken);
                return attempt;
            }
            catch (StorageUnavailableException exception)
            {
                var last = attempt >= _options.MaxAttempts;
                var delay = last ? TimeSpan.Zero : SaveBackoff.DelayAfter(attempt, _options, _jitter.NextDouble());
                _logger.LogWarning(
                    exception,
                    "Saving take {TakeId} of singer {SingerId} failed (attempt {Attempt} of {MaxAttempts}); {Next}",
                    take.Id,
                    take.SingerId,
                    attempt,
                    _options.MaxAttempts,
                    last ? "giving up" : $"retrying in {delay.TotalMilliseconds:0} ms");
                if (onFailedAttempt is not null)
                {
                    await onFailedAttempt(new TakeSaveAttemptFailed(take.Id, attempt, _options.MaxAttempts, delay, exception), cancellationToken);
                }

                if (last)
                {
                    throw new TakeNotSavedException(take.Id, attempt, exception);
                }

                await Task.Delay(delay, _clock, cancellationToken);
            }
        }
    }
}
