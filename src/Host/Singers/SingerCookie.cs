using System.Security.Cryptography;
using SingKing.Grains.Takes;

namespace SingKing.Host.Singers;

/// <summary>
/// The anonymous singer's identity: a random id in the <c>singking-singer</c> cookie, issued on any page or hub
/// request that lacks a valid one. A signed-in singer is known by their account instead; ask
/// <see cref="SingerIdentity.Resolve"/>, not this class, who is singing.
/// </summary>
public static class SingerCookie
{
    /// <summary>Name of the cookie.</summary>
    public const string Name = "singking-singer";

    private static readonly object ItemKey = new();

    /// <summary>
    /// The calling singer's id: the cookie's value, or the id issued on this very request (a WebSocket may
    /// connect without the cookie the negotiate response set). Null when the request had none and no id was issued.
    /// </summary>
    public static string? GetSingerId(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var issued) && issued is string id)
            return id;
        var cookie = context.Request.Cookies[Name];
        return IsValid(cookie) ? cookie : null;
    }

    /// <summary>Issues a new id when the request lacks a valid cookie and is a page or a hub request.</summary>
    public static IApplicationBuilder UseSingerCookie(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!IsValid(context.Request.Cookies[Name]) && NeedsSinger(context.Request))
            {
                var id = NewId();
                context.Items[ItemKey] = id;
                context.Response.Cookies.Append(Name, id, new CookieOptions
                {
                    HttpOnly = true,
                    IsEssential = true,
                    Path = "/",
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                    MaxAge = TimeSpan.FromDays(365),
                });
            }

            await next(context);
        });

    /// <summary>
    /// True when <paramref name="value"/> looks like an id this host issues (it also names a folder on disk) and cannot
    /// be mistaken for a signed-in singer's key.
    /// </summary>
    public static bool IsValid(string? value) =>
        TakeFileStore.IsSafeName(value) && !value!.StartsWith(SingerIdentity.AccountPrefix, StringComparison.OrdinalIgnoreCase);

    // Pages and hub requests only: static assets load in parallel and would each issue a different id.
    private static bool NeedsSinger(HttpRequest request) =>
        request.Path.StartsWithSegments("/hubs")
        || (HttpMethods.IsGet(request.Method) && request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true));

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
