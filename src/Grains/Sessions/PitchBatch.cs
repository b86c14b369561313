namespace SingKing.Grains.Sessions;

/// <summary>
/// The pitch frames that became final with one chunk (often 4 for a 40 ms chunk, possibly none). Frame i
/// is at (<see cref="FirstFrame"/> + i) × <see cref="HopSeconds"/> seconds from the start of the take.
/// </summary>
/// <param name="Sequence">The sequence number of the chunk this answers.</param>
/// <param name="Duplicate">True when the chunk had already been accepted; then it was ignored and no frames follow.</param>
/// <param name="FirstFrame">Index of the first frame in the take.</param>
/// <param name="HopSeconds">Time between frames, in seconds.</param>
/// <param name="FrequencyHz">Fundamental frequency per frame in Hz, 0 when unvoiced.</param>
/// <param name="Confidence">Periodicity per frame in [0, 1].</param>
/// <param name="LevelDb">RMS level per frame in dBFS.</param>
/// <remarks>A take sung to a song also carries the notes and lines these frames moved, and the running score.</remarks>
[GenerateSerializer, Immutable]
public sealed record PitchBatch(
    [property: Id(0)] long Sequence,
    [property: Id(1)] bool Duplicate,
    [property: Id(2)] long FirstFrame,
    [property: Id(3)] double HopSeconds,
    [property: Id(4)] float[] FrequencyHz,
    [property: Id(5)] float[] Confidence,
    [property: Id(6)] float[] LevelDb)
{
    /// <summary>The song's notes whose progress changed with this chunk; empty without a song.</summary>
    [Id(7)]
    public KaraokeNote[] Notes { get; init; } = [];

    /// <summary>The song's lines that ended with this chunk; empty without a song.</summary>
    [Id(8)]
    public KaraokePhrase[] Phrases { get; init; } = [];

    /// <summary>The running total in UltraStar's convention (0–10 000); 0 without a song.</summary>
    [Id(9)]
    public double Score { get; init; }

    /// <summary>
    /// The last chunk whose audio is in the take's files, with every chunk before it (-1 before the first): the client
    /// may forget these; later ones it keeps, to send again if the session's host goes away. It trails
    /// <see cref="Sequence"/> by a few chunks (<see cref="Takes.TakeFiles.KeptSequence"/>).
    /// </summary>
    [Id(10)]
    public long KeptThrough { get; init; } = -1;
}
