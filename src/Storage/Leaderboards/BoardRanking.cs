namespace SingKing.Storage.Leaderboards;

/// <summary>
/// One number that orders a board: the score in tenths above, and below it how early the take ended, so a higher
/// score wins and of equal scores the earlier take wins. Both parts fit a double's 53-bit mantissa exactly
/// (17 bits of score, 33 bits of seconds since 2020: until the year 2292), which is what a Redis sorted set keeps.
/// </summary>
public static class BoardRanking
{
    private const long SecondsRange = 1L << 33;
    private static readonly DateTimeOffset Epoch = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The sort key of <paramref name="entry"/>: higher ranks first.</summary>
    public static double SortKey(BoardEntry entry)
    {
        if (!(entry.Score is >= 0 and <= 10_000))
            throw new ArgumentOutOfRangeException(nameof(entry), entry.Score, "A board score is 0–10000.");
        var tenths = (long)Math.Round(entry.Score * 10, MidpointRounding.AwayFromZero);
        var seconds = Math.Clamp((long)(entry.EndedAt - Epoch).TotalSeconds, 0, SecondsRange - 1);
        return tenths * SecondsRange + (SecondsRange - 1 - seconds);
    }
}
