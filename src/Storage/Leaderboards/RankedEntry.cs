namespace SingKing.Storage.Leaderboards;

/// <summary>A singer's place on a board: 1 for the best.</summary>
public sealed record RankedEntry(int Rank, BoardEntry Entry);
