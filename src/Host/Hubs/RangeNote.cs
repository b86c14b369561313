using MessagePack;

namespace SingKing.Host.Hubs;

/// <summary>One note held steadily, in a <see cref="RangeResult"/>.</summary>
[MessagePackObject]
public sealed class RangeNote
{
    /// <summary>Scientific pitch name with sharps, e.g. "E2", "C#4".</summary>
    [Key("name")]
    public string Name { get; set; } = "";

    /// <summary>Median fundamental of the hold, in Hz, rounded to 0.1 Hz.</summary>
    [Key("hz")]
    public double Hz { get; set; }

    /// <summary>When the hold began, in seconds from the start of the take.</summary>
    [Key("startSeconds")]
    public double StartSeconds { get; set; }

    /// <summary>How long it was held, in seconds.</summary>
    [Key("durationSeconds")]
    public double DurationSeconds { get; set; }
}
