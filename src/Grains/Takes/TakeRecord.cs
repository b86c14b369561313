using SingKing.Grains.Sessions;

namespace SingKing.Grains.Takes;

/// <summary>The facts about a take that take.json holds.</summary>
/// <param name="SingerId">Who sang.</param>
/// <param name="TakeId">Identifies the take within the singer's folder.</param>
/// <param name="StartedUtc">When the take was opened.</param>
/// <param name="EndedUtc">When it was closed; null while open.</param>
/// <param name="SampleRate">Sample rate of audio.wav in Hz.</param>
/// <param name="SampleCount">Samples in audio.wav.</param>
/// <param name="DurationSeconds">Length of audio.wav in seconds.</param>
/// <param name="FrameCount">Rows in pitch.csv.</param>
/// <param name="Gaps">Chunks that never arrived; audio.wav and pitch.csv run on without them.</param>
/// <param name="Status">Open, complete or abandoned.</param>
/// <param name="Range">The range sung in the take, written when it ends; null while open or when no note was held stably.</param>
/// <param name="Karaoke">How a take sung to a song scored, written when it ends; null while open or without a song.</param>
/// <param name="Setup">How the take was started, so another host can carry it on; null in takes recorded before it was kept.</param>
public sealed record TakeRecord(
    string SingerId,
    string TakeId,
    DateTimeOffset StartedUtc,
    DateTimeOffset? EndedUtc,
    int SampleRate,
    long SampleCount,
    double DurationSeconds,
    long FrameCount,
    IReadOnlyList<ChunkGap> Gaps,
    TakeStatus Status,
    TakeRange? Range,
    KaraokeSummary? Karaoke = null,
    TakeSetup? Setup = null);
