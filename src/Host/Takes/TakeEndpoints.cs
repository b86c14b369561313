using SingKing.Grains.Reports;
using SingKing.Grains.Takes;
using SingKing.Host.Accounts;
using SingKing.Host.Singers;
using SingKing.Host.Songs;
using SingKing.Storage.Takes;

namespace SingKing.Host.Takes;

/// <summary>
/// A singer's finished takes: <c>GET /api/takes</c> (the signed-in singer's history, newest first, paged),
/// <c>GET /api/takes/progress</c> (their scores oldest first, for a progress chart), <c>GET /api/takes/best</c>
/// (their best take of each song),
/// <c>GET /api/takes/{takeId}/report</c> (the report's JSON), <c>GET /api/takes/{takeId}/audio</c> (the compressed
/// replay) and <c>DELETE /api/takes/{takeId}</c> (the database row and the files). A take is found only in the
/// calling singer's own folder and rows (<see cref="SingerIdentity"/>), so another singer's take id answers 404
/// exactly like one that never existed.
/// </summary>
public static class TakeEndpoints
{
    /// <summary>Route prefix of the API.</summary>
    public const string Prefix = "/api/takes";

    /// <summary>Takes per page when the request does not say.</summary>
    public const int DefaultLimit = 20;

    /// <summary>The largest page served.</summary>
    public const int MaxLimit = 100;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapTakeEndpoints(this IEndpointRouteBuilder app)
    {
        var takes = app.MapGroup(Prefix).AddEndpointFilter<StorageUnavailableFilter>();
        takes.MapGet("", ListAsync);
        takes.MapGet("/progress", ProgressAsync);
        takes.MapGet("/best", BestAsync);
        takes.MapGet("/{takeId}/report", GetReportAsync);
        takes.MapGet("/{takeId}/audio", GetAudio);
        takes.MapDelete("/{takeId}", DeleteAsync).AddEndpointFilter<AntiforgeryTokenFilter>();
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext context, ITakeStore store, SongLibrary songs, int? offset, int? limit, CancellationToken cancellationToken)
    {
        if (SingerIdentity.Resolve(context) is not { AccountId: { } accountId })
            return AccountProblems.NotSignedIn();
        var skip = offset ?? 0;
        var take = limit ?? DefaultLimit;
        if (skip < 0 || take is < 1 or > MaxLimit)
            return Problem(StatusCodes.Status400BadRequest, "Bad page", $"Ask for offset ≥ 0 and limit between 1 and {MaxLimit}.");

        var page = await store.ListBySingerAsync(accountId, skip, take, cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new TakeHistoryPage(
            [.. page.Takes.Select(t => TakeHistoryEntry.From(t, t.SongId is { } songId ? songs.Find(songId)?.Summary.Title : null))],
            page.TotalCount,
            skip,
            take));
    }

    private static async Task<IResult> ProgressAsync(HttpContext context, ITakeStore store, string? songId, int? limit, CancellationToken cancellationToken)
    {
        if (SingerIdentity.Resolve(context) is not { AccountId: { } accountId })
            return AccountProblems.NotSignedIn();
        var take = limit ?? MaxLimit;
        if (take is < 1 or > MaxLimit)
            return Problem(StatusCodes.Status400BadRequest, "Bad limit", $"Ask for a limit between 1 and {MaxLimit}.");
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(await store.ScoreHistoryAsync(accountId, string.IsNullOrWhiteSpace(songId) ? null : songId, take, cancellationToken));
    }

    private static async Task<IResult> BestAsync(HttpContext context, ITakeStore store, SongLibrary songs, CancellationToken cancellationToken)
    {
        if (SingerIdentity.Resolve(context) is not { AccountId: { } accountId })
            return AccountProblems.NotSignedIn();
        var best = await store.BestPerSongAsync(accountId, cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(best.Select(b => SongBestEntry.From(b, songs.Find(b.SongId)?.Summary.Title)).ToList());
    }

    private static async Task<IResult> GetReportAsync(string takeId, HttpContext context, TakeFileStore store, TakeReporter reporter, SongLibrary songs, CancellationToken cancellationToken)
    {
        if (FolderOf(context, store, takeId) is not { } folder)
            return NotFound(takeId);
        var report = await TakeReporter.ReadAsync(folder, cancellationToken);
        if (report is not null)
            return Results.Json(report, TakeReporter.JsonOptions);

        var record = await TakeFiles.ReadRecordAsync(folder, cancellationToken);
        if (record is null)
            return NotFound(takeId);
        if (record.Status == TakeStatus.Open)
            return Problem(StatusCodes.Status409Conflict, "Take still open", "The take is still being sung. Its report is made when it ends.");
        if (record.Karaoke is null)
            return Problem(StatusCodes.Status404NotFound, "No report", "This take was not sung to a song, so it has no score or report.");
        if (record.Karaoke.Practice)
            return Problem(StatusCodes.Status404NotFound, "No report", "This take was a practice pass, judged live only, so it has no report.");
        if (songs.Find(record.Karaoke.SongId) is not { } song)
            return Problem(StatusCodes.Status404NotFound, "Song removed", $"The song \"{record.Karaoke.SongId}\" is no longer in the library, so the take cannot be scored.");

        // The report failed when the take ended (a full disk, say): make it now.
        report = await reporter.CreateAsync(folder, record, song.Chart, cancellationToken);
        return Results.Json(report, TakeReporter.JsonOptions);
    }

    private static IResult GetAudio(string takeId, HttpContext context, TakeFileStore store)
    {
        if (FolderOf(context, store, takeId) is not { } folder)
            return NotFound(takeId);
        var path = Path.Combine(folder, TakeReporter.ReplayFileName);
        return File.Exists(path)
            ? Results.File(path, "audio/ogg; codecs=opus", enableRangeProcessing: true)
            : Problem(StatusCodes.Status404NotFound, "No replay", "This take has no replay: only takes sung to a song and finished keep one.");
    }

    private static async Task<IResult> DeleteAsync(string takeId, HttpContext context, TakeFileStore files, ITakeStore takes, CancellationToken cancellationToken)
    {
        if (SingerIdentity.Resolve(context) is not { } singer || !TakeFileStore.IsSafeName(takeId))
            return NotFound(takeId);
        var folder = files.GetTakeFolder(singer.Id, takeId);
        var hasFiles = Directory.Exists(folder);
        if (hasFiles && await TakeFiles.ReadRecordAsync(folder, cancellationToken) is { Status: TakeStatus.Open })
            return Problem(StatusCodes.Status409Conflict, "Take still open", "The take is still being sung. End it first, then delete it.");

        // The row first: if the database is down this fails with 503 and the files are still there to try again.
        var hadRow = singer.AccountId is { } accountId && await takes.DeleteAsync(accountId, takeId, cancellationToken);
        if (hasFiles)
            Directory.Delete(folder, recursive: true);
        return hadRow || hasFiles ? Results.NoContent() : NotFound(takeId);
    }

    private static string? FolderOf(HttpContext context, TakeFileStore store, string takeId)
    {
        if (SingerIdentity.Resolve(context) is not { } singer || !TakeFileStore.IsSafeName(takeId))
            return null;
        var folder = store.GetTakeFolder(singer.Id, takeId);
        return Directory.Exists(folder) ? folder : null;
    }

    private static IResult NotFound(string takeId) =>
        Problem(StatusCodes.Status404NotFound, "Take not found", $"You have no take \"{takeId}\". Open your takes from your history.");

    private static IResult Problem(int status, string title, string detail) => Results.Problem(detail: detail, statusCode: status, title: title);
}
