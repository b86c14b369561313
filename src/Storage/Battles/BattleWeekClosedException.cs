namespace SingKing.Storage.Battles;

/// <summary>A week's battle songs cannot change once any of its results is fixed.</summary>
public sealed class BattleWeekClosedException(DateOnly week)
    : Exception($"The battle of the week starting {week:yyyy-MM-dd} is closed and its winners are fixed; choose songs for this week or a later one.")
{
    /// <summary>The closed week's Monday.</summary>
    public DateOnly Week { get; } = week;
}
