using SingKing.Grains.Battles;

namespace SingKing.Host.Battles;

/// <summary>
/// On start, asks the battle grain to close what ended while no host was running and to set its reminder: reminders
/// kept in memory are gone after a restart, and the deadline may have passed meanwhile. Runs after the silo started.
/// </summary>
public sealed partial class BattleStartup(IGrainFactory grains, ILogger<BattleStartup> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var closed = await grains.GetGrain<IBattleGrain>(IBattleGrain.Key).CloseDueAsync().WaitAsync(cancellationToken);
            if (closed > 0)
                LogCaughtUp(closed);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The host still serves singing; the battles close at the next start or tick, and the page shows them open.
            LogFailed(exception);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Battles that ended while the host was down: {Closed} results fixed on start")]
    private partial void LogCaughtUp(int closed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Closing due battles on start failed; they close at the next start or reminder tick")]
    private partial void LogFailed(Exception exception);
}
