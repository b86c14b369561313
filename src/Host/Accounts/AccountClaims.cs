using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using SingKing.Storage.Singers;

namespace SingKing.Host.Accounts;

/// <summary>What the sign-in cookie carries: the account id and the user name, nothing that changes with the profile.</summary>
public static class AccountClaims
{
    /// <summary>The signed-in singer's account id, or null when <paramref name="user"/> is not signed in.</summary>
    public static long? GetAccountId(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true, AuthenticationType: CookieAuthenticationDefaults.AuthenticationScheme })
            return null;
        var value = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
    }

    /// <summary>The principal the sign-in cookie is made from.</summary>
    public static ClaimsPrincipal For(Singer singer) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, singer.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, singer.UserName),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));
}
