using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace SingKing.Host.Accounts;

/// <summary>
/// The <c>admin</c> authorisation policy: a signed-in account whose user name the operators list in
/// <see cref="AccountOptions.Admins"/>. The list is read on every request, so naming or removing an admin needs no new
/// sign-in. Anonymous callers get 401, other singers 403.
/// </summary>
public sealed class AdminPolicy(IOptionsMonitor<AccountOptions> options) : AuthorizationHandler<AdminRequirement>
{
    /// <summary>The policy's name.</summary>
    public const string Name = "admin";

    /// <summary>Whether <paramref name="user"/> is signed in as an account named in <paramref name="admins"/>.</summary>
    public static bool IsAdmin(ClaimsPrincipal user, IEnumerable<string> admins)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(admins);
        if (AccountClaims.GetAccountId(user) is null || user.FindFirstValue(ClaimTypes.Name) is not { } userName)
            return false;
        // User names are unique by the same key the database keeps (trimmed, NFKC, lower case), so they compare that way here.
        var key = Key(userName);
        return admins.Any(admin => admin is not null && string.Equals(Key(admin), key, StringComparison.Ordinal));
    }

    private static string Key(string userName) => userName.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>Whether <paramref name="user"/> is an admin under the configuration in force now.</summary>
    public bool Allows(ClaimsPrincipal user) => IsAdmin(user, options.CurrentValue.Admins);

    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AdminRequirement requirement)
    {
        if (Allows(context.User))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
