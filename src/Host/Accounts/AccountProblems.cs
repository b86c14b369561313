namespace SingKing.Host.Accounts;

/// <summary>
/// The account API's errors as problem details with a <c>code</c> the page translates (ko/en) and an English
/// <c>detail</c> that says what to do.
/// </summary>
public static class AccountProblems
{
    /// <summary>A problem with status <paramref name="status"/> and machine-readable <paramref name="code"/>.</summary>
    public static IResult Problem(int status, string code, string title, string detail, IDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (extra is not null)
        {
            foreach (var (key, value) in extra)
                extensions[key] = value;
        }

        return Results.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
    }

    /// <summary>400: a field of the form is missing or not acceptable.</summary>
    public static IResult Invalid(string code, string detail) => Problem(StatusCodes.Status400BadRequest, code, "Check the form", detail);

    /// <summary>400: the request lacked a valid antiforgery token.</summary>
    public static IResult AntiforgeryFailed() => Problem(
        StatusCodes.Status400BadRequest,
        "antiforgery",
        "Request not verified",
        "The request did not carry this page's security token. Reload the page and try again.");

    /// <summary>401: the caller is not signed in.</summary>
    public static IResult NotSignedIn() => Problem(
        StatusCodes.Status401Unauthorized, "notSignedIn", "Not signed in", "Sign in to see your account and keep your takes.");
}
