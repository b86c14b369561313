using Microsoft.AspNetCore.Antiforgery;

namespace SingKing.Host.Accounts;

/// <summary>
/// Refuses a state-changing request without a valid antiforgery token in the <see cref="HeaderName"/> header (the page
/// fetches one from <c>GET /api/account/antiforgery</c>): another site can make a signed-in browser send a request
/// with its cookies, but cannot read the token to put in the header.
/// </summary>
public sealed class AntiforgeryTokenFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    /// <summary>The request header that carries the token.</summary>
    public const string HeaderName = "X-CSRF-TOKEN";

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
            return AccountProblems.AntiforgeryFailed();
        return await next(context);
    }
}
