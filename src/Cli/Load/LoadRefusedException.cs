namespace SingKing.Cli.Load;

/// <summary>The host refused a step of a simulated singer (sign-up, say), with what it answered.</summary>
internal sealed class LoadRefusedException(string kind, string message) : Exception(message)
{
    /// <summary>Short name of the refusal, used to count it: e.g. <c>HTTP 429 tooManyAttempts</c>.</summary>
    public string Kind { get; } = kind;
}
