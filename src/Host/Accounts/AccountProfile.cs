using SingKing.Storage.Singers;

namespace SingKing.Host.Accounts;

/// <summary>The signed-in singer as <c>GET /api/account/me</c> shows them: profile, level and experience.</summary>
/// <param name="Id">Account id.</param>
/// <param name="UserName">The sign-in name.</param>
/// <param name="Email">The e-mail address.</param>
/// <param name="DisplayName">The name shown on pages.</param>
/// <param name="PreferredLanguage"><c>ko</c> or <c>en</c>.</param>
/// <param name="Level">The level, from 1 (see <see cref="ExperienceRules"/>).</param>
/// <param name="ExperiencePoints">Points earned in all.</param>
/// <param name="LevelStartsAt">Points at which the current level began.</param>
/// <param name="NextLevelAt">Points needed for the next level.</param>
/// <param name="CreatedAt">When the singer signed up (UTC).</param>
public sealed record AccountProfile(
    long Id,
    string UserName,
    string Email,
    string DisplayName,
    string PreferredLanguage,
    int Level,
    long ExperiencePoints,
    long LevelStartsAt,
    long NextLevelAt,
    DateTimeOffset CreatedAt)
{
    /// <summary>The profile of <paramref name="singer"/>.</summary>
    public static AccountProfile From(Singer singer) => new(
        singer.Id,
        singer.UserName,
        singer.Email,
        singer.DisplayName,
        singer.PreferredLanguage,
        singer.Level,
        singer.ExperiencePoints,
        ExperienceRules.PointsForLevel(singer.Level),
        ExperienceRules.PointsForLevel(singer.Level + 1),
        singer.CreatedAt);
}
