using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SingKing.Host.Tests.Support;

/// <summary>Keeps every log entry the host writes at Information or above, with its category.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message)> _entries = new();
    private readonly List<(string Fragment, TaskCompletionSource Seen)> _waiters = [];
    private readonly Lock _gate = new();

    public IReadOnlyCollection<(string Category, LogLevel Level, string Message)> Entries => _entries;

    public void Clear() => _entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    /// <summary>
    /// Completes once the host has logged a message containing <paramref name="fragment"/> (also one logged before
    /// the call); a barrier for what the host does on its own, such as ending a take when a timer fires.
    /// </summary>
    public async Task WaitForAsync(string fragment, string what, TimeSpan? timeout = null)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_entries.Any(e => e.Message.Contains(fragment, StringComparison.Ordinal)))
                return;
            _waiters.Add((fragment, seen));
        }

        var limit = timeout ?? TimeSpan.FromSeconds(20);
        try
        {
            await seen.Task.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Waited {limit.TotalSeconds:0} s for {what}, but the host never logged \"{fragment}\".");
        }
    }

    public void Dispose()
    {
    }

    private void Add(string category, LogLevel level, string message)
    {
        lock (_gate)
        {
            _entries.Enqueue((category, level, message));
            foreach (var waiter in _waiters.Where(w => message.Contains(w.Fragment, StringComparison.Ordinal)).ToList())
            {
                waiter.Seen.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    private sealed class Logger(string category, LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                capture.Add(category, logLevel, formatter(state, exception));
        }
    }
}
