namespace SingKing.Host.Accounts;

/// <summary>Body of <c>POST /api/account/signin</c>.</summary>
public sealed record SignInRequest
{
    /// <summary>The user name or the e-mail address (anything with an '@' is taken as an e-mail address).</summary>
    public string? Login { get; init; }

    /// <summary>The password.</summary>
    public string? Password { get; init; }
}
