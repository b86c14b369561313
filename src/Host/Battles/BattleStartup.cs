using SingKing.Grains.Battles;

namespace SingKing.Host.Battles;

/// <summary>
/// On start, asks the battle grain to close what ended while no host was running and to set its reminder: reminders
/// kept in memory are gone after a restart, and the deadline may have passed meanwhile. Runs after the silo started.
/// When that first call fails (the database is down), it is tried again every minute until it succeeds, since until
/// then no reminder is set.
/// </summary>
public sealed partial class BattleStartup(IGrainFactory grains, TimeProvider clock, ILogger<BattleStartup> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;
    private int _disposed;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await TryCloseDueAsync(cancellationToken))
            _retrying = RetryAsync(_stopping.Token);
    }

    /// <remarks>
    /// May come after <see cref="Dispose"/>: a host that stopped by itself (the application asked to stop) has already
    /// stopped and disposed its services when its owner stops it again; there is then nothing left to stop.
    /// </remarks>
    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _disposed) != 0)
            return;
        try
        {
            await _stopping.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // Disposed while this stop began: the retry loop was cancelled then.
            return;
        }

        await _retrying.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task RetryAsync(CancellationToken stopping)
    {
        try
        {
            do
                await Task.Delay(RetryAfter, clock, stopping);
            while (!await TryCloseDueAsync(stopping));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The host is stopping; the next start tries again.
        }
    }

    private async Task<bool> TryCloseDueAsync(CancellationToken cancellationToken)
    {
        try
        {
            var closed = await grains.GetGrain<IBattleGrain>(IBattleGrain.Key).CloseDueAsync().WaitAsync(cancellationToken);
            if (closed > 0)
                LogCaughtUp(closed);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The host still serves singing meanwhile; the page shows the battles open until they close.
            LogFailed(exception, RetryAfter);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Battles that ended while the host was down: {Closed} results fixed on start")]
    private partial void LogCaughtUp(int closed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Closing due battles failed; no reminder is set until it succeeds, tried again in {RetryAfter}")]
    private partial void LogFailed(Exception exception, TimeSpan retryAfter);
}
