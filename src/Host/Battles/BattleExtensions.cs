using System.Globalization;
using SingKing.Grains.Battles;
using SingKing.Host.Accounts;
using SingKing.Host.Boards;
using SingKing.Host.Singers;
using SingKing.Host.Songs;
using SingKing.Storage.Battles;
using SingKing.Storage.Leaderboards;

namespace SingKing.Host.Battles;

/// <summary>
/// The weekly battle (씽킹 배틀): <c>GET /api/battles/current</c>, <c>GET /api/battles/history</c>, and for admins
/// <c>GET</c> and <c>PUT /api/battles/{week}</c>; the grain that closes battles at each week's end, and its catch-up on start.
/// </summary>
public static class BattleExtensions
{
    /// <summary>How many songs a week's battle has.</summary>
    public const int SongsPerWeek = 3;

    /// <summary>How many rows of each battle's board the current battle shows.</summary>
    public const int BoardRows = 10;

    /// <summary>The largest page of the history.</summary>
    public const int MaxHistoryPage = 50;

    /// <summary>Adds the battle's closing (section <c>Battles</c>, <see cref="BattleOptions"/>). Call it after <c>AddBoards</c>.</summary>
    public static WebApplicationBuilder AddBattles(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BattleOptions>().Bind(builder.Configuration.GetSection(BattleOptions.Section));
        builder.Services.AddSingleton<BattleCloser>();
        builder.Services.AddSingleton<IBattleClosing>(services => services.GetRequiredService<BattleCloser>());
        // Registered after the silo, so it starts once the grain can be called.
        builder.Services.AddHostedService<BattleStartup>();
        return builder;
    }

    /// <summary>Maps the battle API under <c>/api/battles</c>.</summary>
    public static WebApplication MapBattles(this WebApplication app)
    {
        var battles = app.MapGroup("/api/battles").AddEndpointFilter<StorageUnavailableFilter>();
        battles.MapGet("/current", CurrentAsync);
        battles.MapGet("/history", HistoryAsync);
        battles.MapGet("/{week}", WeekAsync).RequireAuthorization(AdminPolicy.Name);
        battles.MapPut("/{week}", ChooseAsync).RequireAuthorization(AdminPolicy.Name).AddEndpointFilter<AntiforgeryTokenFilter>();
        return app;
    }

    private static async Task<IResult> CurrentAsync(
        HttpContext context, IBattleStore store, Leaderboard leaderboard, SongLibrary library, AdminPolicy admins, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var week = BoardWeeks.WeekOf(now, leaderboard.Zone);
        var (from, to) = BoardWeeks.Span(week, leaderboard.Zone);
        var accountId = SingerIdentity.Resolve(context)?.AccountId;
        var songs = new List<BattleSongView>();
        foreach (var song in await store.SongsAsync(week, cancellationToken))
        {
            var summary = library.Find(song.SongId)?.Summary;
            var board = await leaderboard.ReadAsync(BoardId.SongWeek(song.SongId, week), accountId, BoardRows, cancellationToken);
            songs.Add(new BattleSongView(song.Slot, song.SongId, summary?.Title, summary?.Artist, board));
        }

        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new CurrentBattleView(Text(week), from, to, now, admins.Allows(context.User), songs));
    }

    private static async Task<IResult> HistoryAsync(
        HttpContext context, IBattleStore store, Leaderboard leaderboard, SongLibrary library, TimeProvider clock, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var skip = offset ?? 0;
        var take = limit ?? 10;
        if (skip < 0 || take is < 1 or > MaxHistoryPage)
            return AccountProblems.Invalid("badPage", $"Ask for offset 0 or more and limit 1–{MaxHistoryPage}.");

        var thisWeek = BoardWeeks.WeekOf(clock.GetUtcNow(), leaderboard.Zone);
        var weeks = new List<BattleWeekView>();
        foreach (var week in await store.PastWeeksAsync(thisWeek, skip, take, cancellationToken))
            weeks.Add(await WeekViewAsync(week, store, leaderboard, library, cancellationToken));
        var total = await store.CountPastWeeksAsync(thisWeek, cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new BattleHistoryView(weeks, total, skip, take));
    }

    private static async Task<IResult> WeekAsync(
        HttpContext context, string week, IBattleStore store, Leaderboard leaderboard, SongLibrary library, CancellationToken cancellationToken)
    {
        if (Leaderboard.MondayOf(week) is not { } monday)
            return BadWeek();
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(await WeekViewAsync(monday, store, leaderboard, library, cancellationToken));
    }

    private static async Task<IResult> ChooseAsync(
        HttpContext context,
        string week,
        BattleChoice? choice,
        IBattleStore store,
        Leaderboard leaderboard,
        SongLibrary library,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (Leaderboard.MondayOf(week) is not { } monday)
            return BadWeek();
        var now = clock.GetUtcNow();
        var thisWeek = BoardWeeks.WeekOf(now, leaderboard.Zone);
        if (monday < thisWeek)
        {
            return AccountProblems.Invalid(
                "pastWeek", $"The week of {Text(monday)} is over; choose songs for this week ({Text(thisWeek)}) or a later one.");
        }

        var songIds = choice?.SongIds?.Select(id => id?.Trim() ?? "").ToList() ?? [];
        if (songIds.Count != SongsPerWeek)
            return AccountProblems.Invalid("needThreeSongs", $"Choose exactly {SongsPerWeek} songs; {songIds.Count} were sent.");
        if (songIds.Distinct(StringComparer.Ordinal).Count() != SongsPerWeek)
            return AccountProblems.Invalid("duplicateSong", "Choose three different songs.");
        if (songIds.FirstOrDefault(id => library.Find(id) is null) is { } unknown)
        {
            return AccountProblems.Problem(
                StatusCodes.Status400BadRequest,
                "unknownSong",
                "Check the form",
                $"There is no song \"{unknown}\" in the library; pick the songs from the list.",
                new Dictionary<string, object?> { ["songId"] = unknown });
        }

        try
        {
            await store.SetSongsAsync(monday, songIds, AccountClaims.GetAccountId(context.User), now, cancellationToken);
        }
        catch (BattleWeekClosedException exception)
        {
            return AccountProblems.Invalid("weekClosed", exception.Message);
        }

        return Results.Json(await WeekViewAsync(monday, store, leaderboard, library, cancellationToken));
    }

    private static async Task<BattleWeekView> WeekViewAsync(DateOnly week, IBattleStore store, Leaderboard leaderboard, SongLibrary library, CancellationToken cancellationToken)
    {
        var (from, to) = BoardWeeks.Span(week, leaderboard.Zone);
        var results = await store.ResultsAsync(week, cancellationToken);
        var battles = new List<BattleOutcomeView>();
        foreach (var song in await store.SongsAsync(week, cancellationToken))
        {
            var summary = library.Find(song.SongId)?.Summary;
            var result = results.FirstOrDefault(r => r.SongId == song.SongId);
            var winner = result is { Score: { } score }
                ? new BattleWinnerView(result.WinnerDisplayName ?? "", score, result.TakeEndedAt ?? result.FixedAt)
                : null;
            battles.Add(new BattleOutcomeView(song.Slot, song.SongId, summary?.Title, summary?.Artist, result is not null, winner));
        }

        return new BattleWeekView(Text(week), from, to, battles);
    }

    private static IResult BadWeek() => AccountProblems.Invalid("badWeek", "Name the week by any of its days as yyyy-MM-dd, e.g. 2026-12-07.");

    private static string Text(DateOnly week) => week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
