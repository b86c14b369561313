using System.Globalization;
using System.Net.Mail;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using SingKing.Storage;
using SingKing.Storage.Singers;

namespace SingKing.Host.Accounts;

/// <summary>
/// Sign-up, sign-in and sign-out, and the signed-in singer's profile, under <c>/api/account</c>. Every request that
/// changes something needs the antiforgery token (<see cref="AntiforgeryTokenFilter"/>); sign-in attempts are limited
/// (<see cref="SignInThrottle"/>). Errors are problem details whose <c>code</c> the page translates.
/// </summary>
public static partial class AccountEndpoints
{
    /// <summary>Route prefix of the API.</summary>
    public const string Prefix = "/api/account";

    /// <summary>Shortest password accepted.</summary>
    public const int MinPasswordLength = 8;

    /// <summary>Longest password accepted: hashing a megabyte-long one would be a cheap way to load the server.</summary>
    public const int MaxPasswordLength = 128;

    /// <summary>Shortest user name.</summary>
    public const int MinUserNameLength = 3;

    /// <summary>Longest user name.</summary>
    public const int MaxUserNameLength = 32;

    /// <summary>Longest display name.</summary>
    public const int MaxDisplayNameLength = 50;

    /// <summary>Longest e-mail address (RFC 5321's limit on a path).</summary>
    public const int MaxEmailLength = 254;

    /// <summary>The page languages.</summary>
    public static readonly IReadOnlyList<string> Languages = ["ko", "en"];

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup(Prefix).AddEndpointFilter<StorageUnavailableFilter>();
        account.MapGet("/antiforgery", GetAntiforgeryToken);
        account.MapGet("/me", GetMeAsync);
        var changes = account.MapGroup("").AddEndpointFilter<AntiforgeryTokenFilter>();
        changes.MapPost("/signup", SignUpAsync);
        changes.MapPost("/signin", SignInAsync);
        changes.MapPost("/signout", (Func<HttpContext, Task<IResult>>)SignOutAsync);
        return app;
    }

    private static IResult GetAntiforgeryToken(HttpContext context, IAntiforgery antiforgery)
    {
        // Also sets the cookie half of the pair; the token is tied to whoever is signed in now, so the page fetches a
        // fresh one after signing in or out.
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new { token = tokens.RequestToken, headerName = AntiforgeryTokenFilter.HeaderName });
    }

    // Every page asks on load, so nobody signed in is an ordinary answer (204), not an error in the browser's console.
    private static async Task<IResult> GetMeAsync(HttpContext context, ISingerStore singers, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (AccountClaims.GetAccountId(context.User) is not { } id)
            return Results.NoContent();
        var singer = await singers.GetAsync(id, cancellationToken);
        if (singer is null)
        {
            // The account was deleted while this browser was signed in.
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        }

        return Results.Json(AccountProfile.From(singer));
    }

    private static async Task<IResult> SignUpAsync(
        SignUpRequest? request,
        HttpContext context,
        ISingerStore singers,
        IPasswordHasher<Singer> hasher,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var userName = request?.UserName?.Trim() ?? "";
        var email = request?.Email?.Trim() ?? "";
        var displayName = request?.DisplayName?.Trim() ?? "";
        var password = request?.Password ?? "";
        var language = request?.PreferredLanguage?.Trim().ToLowerInvariant() ?? "";

        if (userName.Length is < MinUserNameLength or > MaxUserNameLength || !userName.All(IsUserNameCharacter))
            return AccountProblems.Invalid("invalidUserName", $"Choose a user name of {MinUserNameLength}–{MaxUserNameLength} letters, digits, '.', '_' or '-', without spaces.");
        if (email.Length > MaxEmailLength || !IsEmail(email))
            return AccountProblems.Invalid("invalidEmail", "Enter an e-mail address such as minji@example.com.");
        if (displayName.Length is 0 or > MaxDisplayNameLength)
            return AccountProblems.Invalid("invalidDisplayName", $"Enter a display name of 1–{MaxDisplayNameLength} characters.");
        if (!Languages.Contains(language))
            return AccountProblems.Invalid("invalidLanguage", "Choose Korean (ko) or English (en).");
        if (password.Length is < MinPasswordLength or > MaxPasswordLength)
            return AccountProblems.Invalid("weakPassword", $"Choose a password of at least {MinPasswordLength} characters (at most {MaxPasswordLength}).");
        if (password.Trim().Equals(userName, StringComparison.OrdinalIgnoreCase) || password.Trim().Equals(email, StringComparison.OrdinalIgnoreCase))
            return AccountProblems.Invalid("weakPassword", "Choose a password that is not your user name or e-mail address.");

        Singer singer;
        try
        {
            var draft = new Singer { UserName = userName, Email = email };
            singer = await singers.CreateAsync(
                new NewSinger(userName, email, displayName, hasher.HashPassword(draft, password), language, clock.GetUtcNow()),
                cancellationToken);
        }
        catch (SingerAlreadyExistsException taken)
        {
            return taken.TakenField == SingerField.UserName
                ? AccountProblems.Problem(StatusCodes.Status409Conflict, "userNameTaken", "User name taken", "That user name is taken; choose another one.")
                : AccountProblems.Problem(StatusCodes.Status409Conflict, "emailTaken", "E-mail address taken", "That e-mail address already has an account; sign in instead.");
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountClaims.For(singer));
        return Results.Json(AccountProfile.From(singer), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> SignInAsync(
        SignInRequest? request,
        HttpContext context,
        ISingerStore singers,
        IPasswordHasher<Singer> hasher,
        SignInThrottle throttle,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var login = request?.Login?.Trim() ?? "";
        var password = request?.Password ?? "";
        if (login.Length == 0 || password.Length == 0)
            return AccountProblems.Invalid("missingCredentials", "Enter your user name or e-mail address and your password.");

        var wait = throttle.TryAttempt(context.Connection.RemoteIpAddress?.ToString(), login);
        if (wait > TimeSpan.Zero)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            LogThrottled(loggers.CreateLogger(typeof(AccountEndpoints)), seconds);
            return AccountProblems.Problem(
                StatusCodes.Status429TooManyRequests,
                "tooManyAttempts",
                "Too many sign-in attempts",
                $"Too many sign-in attempts. Wait {seconds} seconds and try again.",
                new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
        }

        var singer = login.Contains('@')
            ? await singers.FindByEmailAsync(login, cancellationToken)
            : await singers.FindByUserNameAsync(login, cancellationToken);
        var verdict = singer is null
            // Hash anyway, so an unknown name takes as long to refuse as a wrong password and does not reveal itself.
            ? VerifyAgainstDecoy(hasher, password)
            : hasher.VerifyHashedPassword(singer, singer.PasswordHash, password);
        if (singer is null || verdict == PasswordVerificationResult.Failed)
        {
            return AccountProblems.Problem(
                StatusCodes.Status401Unauthorized,
                "wrongCredentials",
                "Sign-in failed",
                "That user name or e-mail address and password do not match. Check them and try again.");
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            await singers.UpdatePasswordHashAsync(singer.Id, hasher.HashPassword(singer, password), cancellationToken);

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountClaims.For(singer));
        return Results.Json(AccountProfile.From(singer));
    }

    private static async Task<IResult> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.NoContent();
    }

    private static PasswordVerificationResult VerifyAgainstDecoy(IPasswordHasher<Singer> hasher, string password)
    {
        var decoy = new Singer();
        hasher.VerifyHashedPassword(decoy, DecoyHash.Value, password);
        return PasswordVerificationResult.Failed;
    }

    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<Singer>().HashPassword(new Singer(), Guid.NewGuid().ToString()));

    // Letters of any script (김민지), digits and a few separators; no '@', so a login with one is always an e-mail address.
    private static bool IsUserNameCharacter(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '-';

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.');

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: too many attempts; retry after {Seconds} s")]
    private static partial void LogThrottled(ILogger logger, int seconds);
}
