using SingKing.Host.Singers;
using SingKing.Storage;
using StackExchange.Redis;

namespace SingKing.Host.Boards;

/// <summary>The boards: <c>GET /api/boards</c>, the live hub at <see cref="HubPath"/>, and the Redis backplane when the boards live in Redis.</summary>
public static class BoardExtensions
{
    /// <summary>Path of the boards' hub.</summary>
    public const string HubPath = "/hubs/boards";

    /// <summary>
    /// Adds the boards. With <c>Leaderboards:Redis</c> set, SignalR also sends through that Redis, so a take saved on
    /// one host reaches the pages watching the board on every host. Call it after <c>AddSingingHub</c>.
    /// </summary>
    public static WebApplicationBuilder AddBoards(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<BoardOptions>(builder.Configuration.GetSection("Leaderboards"));
        builder.Services.AddSingleton<Leaderboard>();
        if (builder.Configuration[StorageExtensions.LeaderboardRedisKey] is { Length: > 0 } redis)
        {
            builder.Services.AddSignalR().AddStackExchangeRedis(redis, options =>
                options.Configuration.ChannelPrefix = RedisChannel.Literal("singking"));
        }

        return builder;
    }

    /// <summary>Maps <c>GET /api/boards</c> and the hub.</summary>
    public static WebApplication MapBoards(this WebApplication app)
    {
        app.MapGet("/api/boards", ReadAsync);
        app.MapHub<BoardHub>(HubPath);
        return app;
    }

    private static async Task<IResult> ReadAsync(HttpContext context, Leaderboard leaderboard, string? kind, string? songId, string? week, CancellationToken cancellationToken)
    {
        if (leaderboard.Parse(kind, songId, week) is not { } board)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Bad board",
                detail: "Name a board: kind=song or kind=songWeek with a songId, or kind=week; week as yyyy-MM-dd.");
        }

        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(await leaderboard.ReadAsync(board, SingerIdentity.Resolve(context)?.AccountId, cancellationToken));
    }
}
