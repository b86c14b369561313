using Microsoft.Extensions.Logging;

namespace SingKing.Grains.Battles;

/// <summary>
/// Closes the weekly battles at each week's end. Nothing here lives in memory: the reminder is kept by the silo's
/// reminder service, and what is due is read from the database each time, so a missed tick (every host down at the
/// deadline) is made good by the next call, whether the next tick or a host starting.
/// </summary>
public sealed partial class BattleGrain(IBattleClosing closing, TimeProvider clock, ILogger<BattleGrain> logger) : Grain, IBattleGrain, IRemindable
{
    /// <summary>Name of the reminder.</summary>
    public const string ReminderName = "battle-close";

    // Each tick sets the reminder again for the next week's end; the period only matters when that fails, and then
    // the battles are retried every hour instead of a week later.
    private static readonly TimeSpan RetryPeriod = TimeSpan.FromHours(1);

    private DateTimeOffset? _nextClose;

    /// <inheritdoc />
    public async Task<int> CloseDueAsync()
    {
        var closed = await closing.CloseDueAsync(CancellationToken.None);
        var now = clock.GetUtcNow();
        var next = closing.NextDeadline(now);
        var due = next - now;
        await this.RegisterOrUpdateReminder(ReminderName, due > TimeSpan.Zero ? due : TimeSpan.Zero, RetryPeriod);
        _nextClose = next;
        LogScheduled(closed, next);
        return closed;
    }

    /// <inheritdoc />
    public Task<DateTimeOffset?> NextCloseAsync() => Task.FromResult(_nextClose);

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status) => CloseDueAsync();

    [LoggerMessage(Level = LogLevel.Information, Message = "Battles: {Closed} results fixed; next close due at {NextClose:O}")]
    private partial void LogScheduled(int closed, DateTimeOffset nextClose);
}
