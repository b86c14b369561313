namespace SingKing.Storage;

/// <summary>Checks the paging arguments of list queries, which SQL would otherwise read oddly (SQLite takes LIMIT -1 as "no limit").</summary>
internal static class PageLimits
{
    /// <summary>The largest page a query returns.</summary>
    public const int MaxLimit = 1000;

    public static int Limit(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxLimit);
        return limit;
    }

    public static int Offset(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return offset;
    }
}
