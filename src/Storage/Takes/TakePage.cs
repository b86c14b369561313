namespace SingKing.Storage.Takes;

/// <summary>One page of a singer's history, newest first.</summary>
/// <param name="Takes">The takes on this page.</param>
/// <param name="TotalCount">How many takes the singer has in all, for the pager.</param>
public sealed record TakePage(IReadOnlyList<Take> Takes, int TotalCount);
