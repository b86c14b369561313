using Microsoft.Extensions.Options;

namespace SingKing.Host.Accounts;

/// <summary>
/// Limits sign-in attempts per IP address and per user name over a sliding window, so a password cannot be guessed
/// by trying many: every attempt counts, right or wrong, because counting only failures would tell the guesser which
/// attempt succeeded by whether it was counted.
/// </summary>
public sealed class SignInThrottle(IOptions<AccountOptions> options, TimeProvider clock)
{
    // Attempt times per key ("ip:…" or "name:…"), oldest first. Keys whose attempts have all left the window are
    // dropped on the next sweep, so the table holds only the last window's callers.
    private readonly Dictionary<string, Queue<DateTimeOffset>> _attempts = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>
    /// Records an attempt from <paramref name="address"/> for <paramref name="login"/>, or refuses it. Returns
    /// <see cref="TimeSpan.Zero"/> when the attempt may go ahead, otherwise how long to wait.
    /// </summary>
    public TimeSpan TryAttempt(string? address, string login)
    {
        var limits = options.Value;
        var now = clock.GetUtcNow();
        var addressKey = "ip:" + (address ?? "unknown");
        var nameKey = "name:" + login.Trim().ToLowerInvariant();
        lock (_lock)
        {
            Sweep(now, limits.SignInWindow);
            var addressWait = WaitFor(addressKey, limits.SignInAttemptsPerAddress, now, limits.SignInWindow);
            var nameWait = WaitFor(nameKey, limits.SignInAttemptsPerUserName, now, limits.SignInWindow);
            var wait = addressWait > nameWait ? addressWait : nameWait;
            if (wait > TimeSpan.Zero)
                return wait;
            Record(addressKey, now);
            Record(nameKey, now);
            return TimeSpan.Zero;
        }
    }

    private TimeSpan WaitFor(string key, int limit, DateTimeOffset now, TimeSpan window)
    {
        if (!_attempts.TryGetValue(key, out var times))
            return TimeSpan.Zero;
        while (times.Count > 0 && times.Peek() <= now - window)
            times.Dequeue();
        // The oldest attempt in the window leaves it first, freeing one place.
        return times.Count < limit ? TimeSpan.Zero : times.Peek() + window - now;
    }

    private void Record(string key, DateTimeOffset now)
    {
        if (!_attempts.TryGetValue(key, out var times))
            _attempts[key] = times = new Queue<DateTimeOffset>();
        times.Enqueue(now);
    }

    private void Sweep(DateTimeOffset now, TimeSpan window)
    {
        if (now < _nextSweep)
            return;
        _nextSweep = now + window;
        foreach (var (key, times) in _attempts.ToList())
        {
            if (times.Count == 0 || times.Last() <= now - window)
                _attempts.Remove(key);
        }
    }
}
