namespace SingKing.Host.Accounts;

/// <summary>Body of <c>POST /api/account/signup</c>.</summary>
public sealed record SignUpRequest
{
    /// <summary>The name to sign in with: 3–32 letters (any script), digits, '.', '_' or '-'.</summary>
    public string? UserName { get; init; }

    /// <summary>An e-mail address, at most 254 characters.</summary>
    public string? Email { get; init; }

    /// <summary>The name shown on pages, 1–50 characters.</summary>
    public string? DisplayName { get; init; }

    /// <summary>At least 8 characters (at most 128).</summary>
    public string? Password { get; init; }

    /// <summary><c>ko</c> or <c>en</c>.</summary>
    public string? PreferredLanguage { get; init; }
}
