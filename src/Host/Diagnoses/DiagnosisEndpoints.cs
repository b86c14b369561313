using SingKing.Host.Accounts;
using SingKing.Host.Singers;
using SingKing.Storage.Diagnoses;

namespace SingKing.Host.Diagnoses;

/// <summary>
/// The signed-in singer's own range and timbre diagnoses: <c>GET /api/diagnoses/range/latest</c> and
/// <c>/timbre/latest</c> (the newest, or 204 when there is none yet), <c>GET /api/diagnoses/range</c> and
/// <c>/timbre</c> (newest first, <c>?limit=</c> 1–100, default 20). An anonymous caller gets 401 <c>notSignedIn</c>;
/// nobody can ask for another singer's.
/// </summary>
public static class DiagnosisEndpoints
{
    /// <summary>Route prefix of the API.</summary>
    public const string Prefix = "/api/diagnoses";

    /// <summary>Diagnoses per list when the request does not say.</summary>
    public const int DefaultLimit = 20;

    /// <summary>The longest list served.</summary>
    public const int MaxLimit = 100;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapDiagnosisEndpoints(this IEndpointRouteBuilder app)
    {
        var diagnoses = app.MapGroup(Prefix).AddEndpointFilter<StorageUnavailableFilter>();
        diagnoses.MapGet("/range/latest", LatestRangeAsync);
        diagnoses.MapGet("/timbre/latest", LatestTimbreAsync);
        diagnoses.MapGet("/range", ListRangeAsync);
        diagnoses.MapGet("/timbre", ListTimbreAsync);
        return app;
    }

    private static async Task<IResult> LatestRangeAsync(HttpContext context, IDiagnosisStore store, CancellationToken cancellationToken)
    {
        if (SingerIdentity.Resolve(context) is not { AccountId: { } accountId })
            return AccountProblems.NotSignedIn();
        context.Response.Headers.CacheControl = "no-store";
        return await store.LatestRangeAsync(accountId, cancellationToken) is { } latest
            ? Results.Json(RangeDiagnosisEntry.From(latest))
            : Results.NoContent();
    }

    private static async Task<IResult> LatestTimbreAsync(HttpContext context, IDiagnosisStore store, CancellationToken cancellationToken)
    {
        if (SingerIdentity.Resolve(context) is not { AccountId: { } accountId })
            return AccountProblems.NotSignedIn();
        context.Response.Headers.CacheControl = "no-store";
        return await store.LatestTimbreAsync(accountId, cancellationToken) is { } latest
            ? Results.Json(TimbreDiagnosisEntry.From(latest))
            : Results.NoContent();
    }

    private static async Task<IResult> ListRangeAsync(HttpContext context, IDiagnosisStore store, int? limit, CancellationToken cancellationToken)
    {
        if (SingerIdentity.Resolve(context) is not { AccountId: { } accountId })
            return AccountProblems.NotSignedIn();
        if (BadLimit(limit) is { } bad)
            return bad;
        context.Response.Headers.CacheControl = "no-store";
        var list = await store.ListRangeAsync(accountId, limit ?? DefaultLimit, cancellationToken);
        return Results.Json(list.Select(RangeDiagnosisEntry.From).ToList());
    }

    private static async Task<IResult> ListTimbreAsync(HttpContext context, IDiagnosisStore store, int? limit, CancellationToken cancellationToken)
    {
        if (SingerIdentity.Resolve(context) is not { AccountId: { } accountId })
            return AccountProblems.NotSignedIn();
        if (BadLimit(limit) is { } bad)
            return bad;
        context.Response.Headers.CacheControl = "no-store";
        var list = await store.ListTimbreAsync(accountId, limit ?? DefaultLimit, cancellationToken);
        return Results.Json(list.Select(TimbreDiagnosisEntry.From).ToList());
    }

    private static IResult? BadLimit(int? limit) => limit is < 1 or > MaxLimit
        ? Results.Problem(detail: $"Ask for a limit between 1 and {MaxLimit}.", statusCode: StatusCodes.Status400BadRequest, title: "Bad limit")
        : null;
}
