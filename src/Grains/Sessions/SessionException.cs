namespace SingKing.Grains.Sessions;

/// <summary>
/// A request the singer's client got wrong. It crosses the grain boundary intact (code and message), so the
/// hub can turn it into the contract's <c>[Code] what to do</c> error whichever silo ran the grain.
/// </summary>
[GenerateSerializer]
public sealed class SessionException : Exception
{
    /// <summary>Creates an error with a <paramref name="message"/> that tells the singer's client what to do.</summary>
    public SessionException(SessionErrorCode code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>What went wrong.</summary>
    [Id(0)]
    public SessionErrorCode Code { get; private set; }
}
