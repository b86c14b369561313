using System.Collections.Concurrent;
using System.Net.Http;

namespace SingKing.Cli.Load;

/// <summary>Errors of one run counted by kind, such as <c>signUp:HTTP 429 tooManyAttempts</c> or <c>streamChunks:[ChunkTooLarge]</c>.</summary>
internal sealed class LoadErrors
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Counts one error of <paramref name="kind"/>.</summary>
    public void Add(string kind) => _counts.AddOrUpdate(kind, 1, (_, count) => count + 1);

    /// <summary>Counts <paramref name="error"/>, raised while doing <paramref name="step"/>, under a kind read from it.</summary>
    public void Add(string step, Exception error) => Add(step + ":" + KindOf(error));

    /// <summary>Every kind with its count, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Counts =>
        [.. _counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)];

    /// <summary>All errors.</summary>
    public int Total => _counts.Values.Sum();

    /// <summary>
    /// The kind of a hub's error message: its bracketed code (the hub's typed errors start with one, such as
    /// <c>[ChunkTooLarge]</c>), or "error" for a message without one.
    /// </summary>
    public static string KindOf(string hubError)
    {
        var open = hubError.IndexOf('[');
        var close = hubError.IndexOf(']');
        return open >= 0 && close > open ? hubError[open..(close + 1)] : "error";
    }

    // Other failures are named by their exception type, so a thousand identical failures make one line, not a thousand.
    private static string KindOf(Exception error) => error switch
    {
        LoadRefusedException refused => refused.Kind,
        HttpRequestException http when http.StatusCode is { } status => $"HTTP {(int)status}",
        TaskCanceledException or TimeoutException => "timeout",
        _ => error.GetType().Name,
    };
}
