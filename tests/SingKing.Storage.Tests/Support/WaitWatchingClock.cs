using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace SingKing.Storage.Tests.Support;

/// <summary>
/// A fake clock that tells the test each time code starts waiting on it, so the test advances time exactly when a
/// wait is pending instead of guessing.
/// </summary>
public sealed class WaitWatchingClock : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _waits = Channel.CreateUnbounded<TimeSpan>();

    /// <summary>Starts at <paramref name="start"/>.</summary>
    public WaitWatchingClock(DateTimeOffset start)
        : base(start)
    {
    }

    /// <summary>Every wait started (its due time), in order.</summary>
    public ChannelReader<TimeSpan> Waits => _waits.Reader;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _waits.Writer.TryWrite(dueTime);
        }

        return timer;
    }
}
