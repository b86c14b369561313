namespace SingKing.Storage.Singers;

/// <summary>What sign-up knows about a singer before the database gives them an id.</summary>
/// <param name="UserName">The sign-in name (at most 64 characters).</param>
/// <param name="Email">The e-mail address (at most 254 characters).</param>
/// <param name="DisplayName">The name shown on pages (at most 100 characters).</param>
/// <param name="PasswordHash">The hash from ASP.NET Core's password hasher.</param>
/// <param name="PreferredLanguage"><c>ko</c> or <c>en</c>.</param>
/// <param name="CreatedAt">When the singer signed up (UTC).</param>
public sealed record NewSinger(
    string UserName,
    string Email,
    string DisplayName,
    string PasswordHash,
    string PreferredLanguage,
    DateTimeOffset CreatedAt);
