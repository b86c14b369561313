namespace SingKing.Storage.Leaderboards;

/// <summary>What a board ranks.</summary>
public enum BoardKind
{
    /// <summary>Every singer's best take of one song, ever.</summary>
    SongAllTime,

    /// <summary>Every singer's best take of one song in one week.</summary>
    SongWeekly,

    /// <summary>
    /// Every singer's best take of any song in one week: best-of, not a sum, so a singer who polishes one song ranks
    /// with one who sings ten, and nobody climbs by volume alone.
    /// </summary>
    GlobalWeekly,
}
