namespace SingKing.Grains.Sessions;

/// <summary>How long a singer's open take waits for its connection (configuration section <c>SingKing:Sessions</c>).</summary>
public sealed class SessionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "SingKing:Sessions";

    /// <summary>
    /// How long a take whose connection went away without ending it (dropped or closed) stays open for
    /// <c>resumeSession</c> (60 s: long enough for a phone to switch networks or a laptop to wake). After it, the take
    /// ends as abandoned with complete files.
    /// </summary>
    public TimeSpan ResumeWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A take that has heard nothing from its connection for this long may be replaced by a new take from another
    /// connection (10 s). Covers a connection whose host died without telling the session; a take that is
    /// streaming is never taken over this way.
    /// </summary>
    public TimeSpan IdleTakeover { get; set; } = TimeSpan.FromSeconds(10);
}
