using SingKing.Grains.Reports;
using SingKing.Grains.Takes;
using SingKing.Host.Singers;
using SingKing.Host.Songs;

namespace SingKing.Host.Takes;

/// <summary>
/// A singer's finished takes: <c>GET /api/takes/{takeId}/report</c> (the report's JSON) and
/// <c>GET /api/takes/{takeId}/audio</c> (the compressed replay). A take is found only in the calling singer's own
/// folder, so another singer's take id answers 404 exactly like one that never existed.
/// </summary>
public static class TakeEndpoints
{
    /// <summary>Route prefix of the API.</summary>
    public const string Prefix = "/api/takes";

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapTakeEndpoints(this IEndpointRouteBuilder app)
    {
        var takes = app.MapGroup(Prefix);
        takes.MapGet("/{takeId}/report", GetReportAsync);
        takes.MapGet("/{takeId}/audio", GetAudio);
        return app;
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

    private static string? FolderOf(HttpContext context, TakeFileStore store, string takeId)
    {
        if (SingerCookie.GetSingerId(context) is not { } singerId || !TakeFileStore.IsSafeName(takeId))
            return null;
        var folder = store.GetTakeFolder(singerId, takeId);
        return Directory.Exists(folder) ? folder : null;
    }

    private static IResult NotFound(string takeId) =>
        Problem(StatusCodes.Status404NotFound, "Take not found", $"You have no take \"{takeId}\". Open your takes from your history.");

    private static IResult Problem(int status, string title, string detail) => Results.Problem(detail: detail, statusCode: status, title: title);
}
