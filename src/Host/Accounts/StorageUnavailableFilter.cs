using SingKing.Storage;

namespace SingKing.Host.Accounts;

/// <summary>Answers 503 with a sentence, instead of a bare 500, when the database cannot be reached.</summary>
public sealed class StorageUnavailableFilter(ILogger<StorageUnavailableFilter> logger) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (StorageUnavailableException exception)
        {
            logger.LogWarning(exception, "{Path} failed: the database is unreachable", context.HttpContext.Request.Path);
            context.HttpContext.Response.Headers.RetryAfter = "10";
            return AccountProblems.Problem(
                StatusCodes.Status503ServiceUnavailable,
                "databaseUnavailable",
                "Database unavailable",
                "The database cannot be reached right now. Try again in a few seconds.");
        }
    }
}
