using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using SingKing.Host.Accounts;
using SingKing.Storage.Singers;

namespace SingKing.Host.Extensions;

/// <summary>Accounts: cookie sign-in shared by the pages and the hub, antiforgery, the sign-in limits and the take archive.</summary>
public static class AccountExtensions
{
    /// <summary>Name of the sign-in cookie.</summary>
    public const string CookieName = "singking-account";

    /// <summary>Name of the antiforgery cookie (the half of the token pair the page cannot read).</summary>
    public const string AntiforgeryCookieName = "singking-csrf";

    /// <summary>
    /// Adds cookie authentication (HttpOnly, SameSite=Lax, Secure on HTTPS), antiforgery with the token in the
    /// <see cref="AntiforgeryTokenFilter.HeaderName"/> header, the password hasher, <see cref="SignInThrottle"/> and
    /// <see cref="TakeArchive"/>, and the <see cref="AdminPolicy"/>. The keys that protect the cookies are kept in <c>keys</c> under
    /// <c>SingKing:DataPath</c>, so a restart does not sign everybody out. Configuration: <c>Accounts</c>
    /// (<see cref="AccountOptions"/>).
    /// </summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var dataPath = Path.GetFullPath(builder.Configuration["SingKing:DataPath"] ?? "data", builder.Environment.ContentRootPath);
        builder.Services.AddDataProtection()
            .SetApplicationName("SingKing")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataPath, "keys")));

        builder.Services.AddOptions<AccountOptions>().Bind(builder.Configuration.GetSection(AccountOptions.Section));
        builder.Services
            .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, options =>
            {
                var lifetime = builder.Configuration.GetSection(AccountOptions.Section).Get<AccountOptions>()?.SignInLifetime ?? new AccountOptions().SignInLifetime;
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.Cookie.IsEssential = true;
                options.ExpireTimeSpan = lifetime;
                options.SlidingExpiration = true;
                // An API answers 401/403; it never redirects to a page.
                options.Events.OnRedirectToLogin = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                };
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });
        builder.Services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryTokenFilter.HeaderName;
            options.Cookie.Name = AntiforgeryCookieName;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddSingleton<AdminPolicy>();
        builder.Services.AddSingleton<IAuthorizationHandler>(services => services.GetRequiredService<AdminPolicy>());
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy.Name, policy => policy.RequireAuthenticatedUser().AddRequirements(new AdminRequirement()));
        builder.Services.AddSingleton<IPasswordHasher<Singer>, PasswordHasher<Singer>>();
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddSingleton<TakeArchive>();
        return builder;
    }

    /// <summary>
    /// Reads the sign-in cookie on every request, so pages, endpoints and the hub know who is signed in, then applies
    /// the endpoints' policies (<see cref="AdminPolicy"/>) to that singer.
    /// </summary>
    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Maps the <c>/api/account</c> endpoints.</summary>
    public static WebApplication MapAccounts(this WebApplication app)
    {
        app.MapAccountEndpoints();
        return app;
    }
}
