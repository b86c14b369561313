namespace SingKing.Grains.Sessions;

/// <summary>
/// What a singer's client did wrong. The names are part of the hub contract: the browser reads them from
/// the bracketed prefix of the error message.
/// </summary>
public enum SessionErrorCode
{
    /// <summary>A chunk holds more than <see cref="AudioChunkRules.MaxChunkBytes"/> bytes of audio.</summary>
    ChunkTooLarge,

    /// <summary>A chunk's byte count is odd, so it cannot hold whole 16-bit samples.</summary>
    OddByteCount,

    /// <summary>A chunk holds no audio.</summary>
    EmptyChunk,

    /// <summary>A chunk's sample rate differs from the one the take was started with.</summary>
    SampleRateMismatch,

    /// <summary>A take was started with a sample rate other than <see cref="AudioChunkRules.SampleRateHz"/>.</summary>
    UnsupportedSampleRate,

    /// <summary>Audio or an end of take arrived while this connection has no open take.</summary>
    NoActiveSession,

    /// <summary>A take was started while the singer already has one open, on this or another connection.</summary>
    SessionAlreadyActive,

    /// <summary>A chunk's sequence number is lower than one already accepted and is not a duplicate of an accepted chunk.</summary>
    ChunkOutOfOrder,

    /// <summary>A take was started for a song the library does not hold.</summary>
    SongNotFound,

    /// <summary>A take was started with a setting out of its allowed values (difficulty, latency).</summary>
    InvalidRequest,

    /// <summary>A take was to be resumed that is not open any more (it ended, or its resume window passed) or never was.</summary>
    NoResumableTake,

    /// <summary>
    /// The host that held the singer's open take went away (or the call to it failed with it): the take is on disk, and
    /// <c>resumeSession</c> carries it on from there; the client resends what was not acknowledged.
    /// </summary>
    SessionHostLost,
}
