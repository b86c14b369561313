namespace SingKing.Grains.Takes;

/// <summary>
/// One accepted chunk, as the take's journal (<see cref="TakeFiles.JournalFileName"/>) and, once it closed, its chunk
/// index (<see cref="TakeFiles.ChunkIndexFileName"/>) record it: enough to
/// replay the take's audio through a fresh tracker and aligner exactly as it first arrived.
/// </summary>
/// <param name="Sequence">The chunk's sequence number.</param>
/// <param name="FirstSample">Index in the take's audio of the chunk's first sample.</param>
/// <param name="SampleCount">Samples in the chunk.</param>
/// <param name="SongSeconds">The chunk's song clock mark, in seconds of song time; null when it carried none.</param>
/// <param name="HeardUtc">When the session accepted the chunk.</param>
public readonly record struct TakeChunk(long Sequence, long FirstSample, int SampleCount, double? SongSeconds, DateTimeOffset HeardUtc);
