using SingKing.Grains.Takes;

namespace SingKing.Grains.Sessions;

/// <summary>What a finished take holds.</summary>
/// <param name="TakeId">Identifies the take.</param>
/// <param name="DurationSeconds">Audio received, in seconds (missing chunks do not count).</param>
/// <param name="FrameCount">Pitch frames in the take, including the ones only written to disk at the end.</param>
/// <param name="VoicedFrameCount">Frames that carry a fundamental frequency.</param>
/// <param name="MissingChunks">Sequence numbers that never arrived, in ascending order.</param>
/// <param name="Range">The range sung in the whole take (after the tracker's last frames), or null when no note was held stably.</param>
[GenerateSerializer, Immutable]
public sealed record TakeSummary(
    [property: Id(0)] string TakeId,
    [property: Id(1)] double DurationSeconds,
    [property: Id(2)] long FrameCount,
    [property: Id(3)] long VoicedFrameCount,
    [property: Id(4)] long[] MissingChunks,
    [property: Id(5)] TakeRange? Range)
{
    /// <summary>How the take scored against its song, or null for a take without a song.</summary>
    [Id(6)]
    public KaraokeSummary? Karaoke { get; init; }

    /// <summary>
    /// The headline of the take's report (a take sung to a song), written before the take's end is answered; null
    /// without a song, or when the report could not be made (<see cref="ReportError"/> says why).
    /// </summary>
    [Id(7)]
    public Reports.TakeReportSummary? Report { get; init; }

    /// <summary>Why a take sung to a song has no report; null when it has one or needs none.</summary>
    [Id(8)]
    public string? ReportError { get; init; }
}
