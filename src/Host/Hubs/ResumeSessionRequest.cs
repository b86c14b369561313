using MessagePack;

namespace SingKing.Host.Hubs;

/// <summary>Argument of <c>resumeSession</c>.</summary>
[MessagePackObject]
public sealed class ResumeSessionRequest
{
    /// <summary>The take to carry on, as <c>startSession</c> returned it.</summary>
    [Key("takeId")]
    public string? TakeId { get; set; }
}
