namespace SingKing.Host.Boards;

/// <summary>Settings of the boards (section <c>Leaderboards</c>).</summary>
public sealed class BoardOptions
{
    /// <summary>The time zone whose Monday 00:00 starts a weekly board (an IANA id). Asia/Seoul by default.</summary>
    public string TimeZone { get; set; } = "Asia/Seoul";
}
