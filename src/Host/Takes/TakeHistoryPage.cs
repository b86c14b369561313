namespace SingKing.Host.Takes;

/// <summary>A page of <c>GET /api/takes</c>, newest first.</summary>
/// <param name="Takes">The takes on this page.</param>
/// <param name="TotalCount">How many takes the singer has in all.</param>
/// <param name="Offset">Takes skipped before this page.</param>
/// <param name="Limit">The largest page asked for.</param>
public sealed record TakeHistoryPage(IReadOnlyList<TakeHistoryEntry> Takes, int TotalCount, int Offset, int Limit);
