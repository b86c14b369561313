namespace SingKing.Host.Accounts;

/// <summary>Account settings, bound from the <c>Accounts</c> configuration section.</summary>
public sealed class AccountOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Accounts";

    /// <summary>Sign-in attempts one user name may make per <see cref="SignInWindow"/> (5).</summary>
    public int SignInAttemptsPerUserName { get; set; } = 5;

    /// <summary>
    /// Sign-in attempts one IP address may make per <see cref="SignInWindow"/> (20): higher than per user name, since
    /// a household or a school shares one address.
    /// </summary>
    public int SignInAttemptsPerAddress { get; set; } = 20;

    /// <summary>The sliding window the attempt limits count over (one minute).</summary>
    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a sign-in lasts without a visit, sliding on use (30 days).</summary>
    public TimeSpan SignInLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// User names of the accounts that may run the weekly battle (the <c>admin</c> policy), e.g. from
    /// <c>Accounts__Admins__0=minji</c>. Read on every request, so removing a name revokes at once. Empty by default.
    /// </summary>
    public IList<string> Admins { get; set; } = [];
}
