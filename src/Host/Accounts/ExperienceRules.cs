namespace SingKing.Host.Accounts;

/// <summary>
/// How finished takes turn into experience points and points into levels. A take earns
/// <c>10 + ⌊score / 200⌋</c> points (10–60; 10 for a take without a score) when at least
/// <see cref="MinimumSeconds"/> of audio was sung. Level n starts at <c>50 · n · (n − 1)</c> points:
/// 1 at 0, 2 at 100, 3 at 300, 4 at 600, 5 at 1 000, 6 at 1 500, 10 at 4 500.
/// </summary>
public static class ExperienceRules
{
    /// <summary>The shortest take, in seconds of audio, that earns points, so tapping start and stop earns nothing.</summary>
    public const double MinimumSeconds = 5;

    /// <summary>Points every take of at least <see cref="MinimumSeconds"/> earns.</summary>
    public const int BasePoints = 10;

    /// <summary>One more point per this many score points (of 10 000).</summary>
    public const int ScorePerPoint = 200;

    /// <summary>The highest level.</summary>
    public const int MaxLevel = 99;

    /// <summary>Points a take earns: 0 when shorter than <see cref="MinimumSeconds"/>.</summary>
    /// <param name="durationSeconds">Audio sung, in seconds.</param>
    /// <param name="score">The take's total, 0–10 000, or null when it was not scored.</param>
    public static int PointsForTake(double durationSeconds, int? score) =>
        durationSeconds < MinimumSeconds ? 0 : BasePoints + Math.Clamp(score ?? 0, 0, 10_000) / ScorePerPoint;

    /// <summary>Points at which <paramref name="level"/> begins.</summary>
    public static long PointsForLevel(int level)
    {
        var n = (long)Math.Clamp(level, 1, MaxLevel + 1);
        return 50 * n * (n - 1);
    }

    /// <summary>The level <paramref name="points"/> give.</summary>
    public static int LevelForPoints(long points)
    {
        var level = 1;
        while (level < MaxLevel && points >= PointsForLevel(level + 1))
            level++;
        return level;
    }
}
