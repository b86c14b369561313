namespace SingKing.Grains.Battles;

/// <summary>
/// The one grain (key 0) that closes the weekly battles. An Orleans reminder wakes it at each week's end; the host
/// also calls it on start, so battles that ended while no host was running are closed as soon as one comes back.
/// </summary>
public interface IBattleGrain : IGrainWithIntegerKey
{
    /// <summary>The grain's key: there is one battle calendar.</summary>
    public const long Key = 0;

    /// <summary>
    /// Closes every battle whose week has ended and has no result, then sets the reminder for the next week's end.
    /// Returns how many results it wrote (0 when there was nothing to close, or another host closed them first).
    /// </summary>
    Task<int> CloseDueAsync();

    /// <summary>When the reminder is next due (UTC), as this grain last set it; null before it was set.</summary>
    Task<DateTimeOffset?> NextCloseAsync();
}
