namespace SingKing.Grains.Takes;

/// <summary>An open take's files, reopened to carry the take on, with the chunks they hold in the order they arrived.</summary>
/// <param name="Files">The writer, positioned after the last kept chunk; pitch.csv is empty.</param>
/// <param name="Chunks">The chunks the journal holds, to replay; empty when none arrived.</param>
public sealed record ReopenedTake(TakeFiles Files, IReadOnlyList<TakeChunk> Chunks);
