using System.Globalization;
using SingKing.Host.Accounts;

namespace SingKing.Host.Singers;

/// <summary>
/// The one place that says who a request or hub connection sings as: the account when the request carries a valid
/// sign-in cookie, otherwise the anonymous <see cref="SingerCookie"/> id. Hub, take endpoints and every other feature
/// ask here, so a singer's session, take folder and database rows always agree.
/// </summary>
public static class SingerIdentity
{
    /// <summary>
    /// Prefix of a signed-in singer's key. Issued anonymous ids are hex and never contain '-', and
    /// <see cref="SingerCookie.IsValid"/> refuses a cookie that starts with it, so nobody can pose as an account by
    /// editing their anonymous cookie.
    /// </summary>
    public const string AccountPrefix = "account-";

    /// <summary>The calling singer, or null when the request is anonymous and carries no singer cookie.</summary>
    public static SingerKey? Resolve(HttpContext context)
    {
        if (AccountClaims.GetAccountId(context.User) is { } accountId)
            return new SingerKey(KeyOf(accountId), accountId);
        return SingerCookie.GetSingerId(context) is { } anonymous ? new SingerKey(anonymous, null) : null;
    }

    /// <summary>The session key and take folder name of account <paramref name="accountId"/>.</summary>
    public static string KeyOf(long accountId) => AccountPrefix + accountId.ToString(CultureInfo.InvariantCulture);
}
