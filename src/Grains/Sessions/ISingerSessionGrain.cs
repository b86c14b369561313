using SingKing.Grains.Takes;

namespace SingKing.Grains.Sessions;

/// <summary>
/// One singer's live session (key: the singer id). It holds the singer's open take: the pitch tracker, the
/// range analyzer, the next expected chunk, the gaps, the connection that owns the take, and the take's files.
/// </summary>
/// <remarks>
/// <para>
/// Every chunk is one grain call whose return value carries the pitch frames that chunk made final. The
/// answer therefore flows back along the call to whichever host holds the singer's SignalR connection, even
/// when several hosts form a cluster and the grain lives on another one: no host-to-host push, no observer,
/// no per-host registry. The grain is placed near its caller (<c>[PreferLocalPlacement]</c>), so in the usual
/// case, where one connection streams a take, the call never leaves the host and costs no network hop.
/// </para>
/// <para>
/// Calls are processed one at a time (the grain is not reentrant), so chunks of one take never race.
/// Errors the client caused come back as <see cref="SessionException"/> with a <see cref="SessionErrorCode"/>.
/// </para>
/// </remarks>
public interface ISingerSessionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Opens a take, owned by <see cref="StartTake.ConnectionId"/>. With <see cref="StartTake.SongId"/> the take is
    /// sung to that song: every frame is aligned to the song's notes, take time 0 being song time 0.
    /// </summary>
    /// <exception cref="SessionException">
    /// UnsupportedSampleRate, SongNotFound, InvalidRequest (difficulty or latency), or SessionAlreadyActive when a take
    /// is open (on any connection).
    /// </exception>
    Task<TakeStarted> StartTake(StartTake request);

    /// <summary>
    /// Processes one chunk: appends its audio to the take, runs the pitch tracker over it and returns the frames
    /// that became final; in a take sung to a song, also the notes those frames moved, the lines that ended and the
    /// running score. A chunk that repeats an accepted sequence number is ignored and answered with
    /// <see cref="PitchBatch.Duplicate"/>; a jump ahead is accepted and the skipped numbers are recorded as a gap.
    /// </summary>
    /// <exception cref="SessionException">
    /// NoActiveSession (no take, or a take owned by another connection), SessionHostLost (no take here while the
    /// singer's newest take is open on disk: its host went away, resume it), ChunkTooLarge, EmptyChunk, OddByteCount,
    /// SampleRateMismatch or ChunkOutOfOrder. The take is unchanged after any of them.
    /// </exception>
    /// <remarks>A <see cref="ValueTask{TResult}"/>: called for every chunk of every singer, and it completes without waiting.</remarks>
    ValueTask<PitchBatch> ProcessChunk(AudioChunkMessage chunk);

    /// <summary>
    /// The range sung so far in the take owned by <paramref name="connectionId"/>: the notes held stably up to the
    /// last frame returned (a note still being held is listed once it qualifies, with its duration so far), or null
    /// while there is none.
    /// </summary>
    /// <exception cref="SessionException">NoActiveSession.</exception>
    Task<TakeRange?> GetRange(string connectionId);

    /// <summary>
    /// Ends the take owned by <paramref name="connectionId"/>: flushes the tracker (the last frames, about 70 ms of
    /// look-ahead, go to the files and the range only), closes the files as complete and returns the summary with the
    /// take's range.
    /// </summary>
    /// <exception cref="SessionException">NoActiveSession.</exception>
    Task<TakeSummary> EndTake(string connectionId);

    /// <summary>
    /// Tells the session that a connection went away. If it owned the open take, the take stays open for
    /// <see cref="SessionOptions.ResumeWindow"/> whatever the reason (a real server cannot tell a network failure from
    /// a close, so every connection that left a take unended may come back): a new connection can
    /// <see cref="ResumeTake"/> it, a new take replaces it (closing it as abandoned), and when the window passes it ends
    /// as abandoned with complete files. Only a connection closed for <paramref name="brokeProtocol"/> (an oversized or
    /// malformed message) ends its take as abandoned at once. A client that gives a take up ends it with
    /// <see cref="EndTake"/>. A connection that does not own the open take changes nothing.
    /// </summary>
    Task ConnectionClosed(string connectionId, bool brokeProtocol = false);

    /// <summary>
    /// Carries on the open take <see cref="Sessions.ResumeTake.TakeId"/> on a new connection, which owns it from now on
    /// (the old one may not have been noticed as dropped yet). The client resends its audio from
    /// <see cref="TakeResumed.NextSequence"/>. When this session does not hold the take (the host that held it went
    /// away), the take is rebuilt from its files: the kept audio is replayed through a fresh tracker and aligner, and
    /// the answer says where the files stop.
    /// </summary>
    /// <exception cref="SessionException">
    /// NoResumableTake when that take is not open: it ended, belongs to another singer, never existed, or its last
    /// chunk is older than <see cref="SessionOptions.ResumeWindow"/> (it is then closed as abandoned).
    /// </exception>
    Task<TakeResumed> ResumeTake(ResumeTake request);

    /// <summary>Counters of the open take, for monitoring.</summary>
    Task<SessionStatus> GetStatus();
}
