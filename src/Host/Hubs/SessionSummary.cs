using MessagePack;

namespace SingKing.Host.Hubs;

/// <summary>Result of <c>endSession</c>.</summary>
[MessagePackObject]
public sealed class SessionSummary
{
    /// <summary>Identifies the take.</summary>
    [Key("takeId")]
    public string TakeId { get; set; } = "";

    /// <summary>Audio received, in seconds.</summary>
    [Key("durationSeconds")]
    public double DurationSeconds { get; set; }

    /// <summary>Pitch frames in the take, including the last ones that were only written to disk.</summary>
    [Key("frameCount")]
    public long FrameCount { get; set; }

    /// <summary>Frames that carry a fundamental frequency.</summary>
    [Key("voicedFrameCount")]
    public long VoicedFrameCount { get; set; }

    /// <summary>Sequence numbers that never arrived (at most the first 10 000).</summary>
    [Key("missingChunks")]
    public long[] MissingChunks { get; set; } = [];

    /// <summary>How the take scored against its song, after every note became final; null for a take without a song.</summary>
    [Key("karaoke")]
    public KaraokeResult? Karaoke { get; set; }

    /// <summary>The range sung in the whole take, including its last frames; null when no note was held steadily.</summary>
    [Key("range")]
    public RangeResult? Range { get; set; }

    /// <summary>
    /// The headline of the take's report, saved before this answer; null for a take without a song or when the
    /// report could not be made (see <see cref="ReportError"/>).
    /// </summary>
    [Key("report")]
    public ReportResult? Report { get; set; }

    /// <summary>Why a take sung to a song has no report, in a sentence that says what to do; null otherwise.</summary>
    [Key("reportError")]
    public string? ReportError { get; set; }

    /// <summary>
    /// For a signed-in singer, whether the take was saved to the database before this answer and the experience it
    /// earned; null for an anonymous singer, whose takes are kept in files only.
    /// </summary>
    [Key("save")]
    public Accounts.TakeSaveResult? Save { get; set; }
}
