using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using SingKing.Dsp.Charts;

namespace SingKing.Host.Songs;

/// <summary>The song catalogue API: list and filter, a song's chart, its audio with range requests, uploads.</summary>
public static class SongEndpoints
{
    /// <summary>Route prefix of the API.</summary>
    public const string Prefix = "/api/songs";

    // The chart and audio limits plus room for the multipart framing.
    private const long FramingBytes = 64 * 1024;

    /// <summary>
    /// Maps <c>GET /api/songs</c>, <c>GET /api/songs/{id}</c>, <c>GET /api/songs/{id}/audio</c> (<c>?guide=true</c> for
    /// the backing track with the melody played softly) and <c>POST /api/songs</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapSongEndpoints(this IEndpointRouteBuilder app, SongLibraryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var songs = app.MapGroup(Prefix);

        songs.MapGet("/", (SongLibrary library, string? search, string? style, string? language, string? difficulty) =>
            Results.Ok(library.Search(search, style, language, difficulty).Select(s => s.Summary)));

        songs.MapGet("/{id}", (SongLibrary library, string id) =>
            library.Find(id) is { } song ? Results.Ok(song.Details()) : NotFound(id));

        songs.MapGet("/{id}/audio", async (SongLibrary library, BackingTrackCache backing, string id, bool? guide) =>
        {
            if (library.Find(id) is not { } song)
                return NotFound(id);
            var path = await backing.AudioPathAsync(song, guide ?? false);
            return Results.File(path, SongAudioFormats.ContentType(path), enableRangeProcessing: true);
        });

        var maxRequestBytes = options.MaxChartBytes + options.MaxAudioBytes + FramingBytes;
        songs.MapPost("/", (HttpContext context, SongLibrary library) => UploadAsync(context, library, maxRequestBytes))
            .WithMetadata(new RequestSizeLimitAttribute(maxRequestBytes))
            .WithMetadata(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = maxRequestBytes });
        return app;
    }

    private static async Task<IResult> UploadAsync(HttpContext context, SongLibrary library, long maxRequestBytes)
    {
        var request = context.Request;
        if (!request.HasFormContentType)
            return Problem(StatusCodes.Status400BadRequest, "Send the song as multipart/form-data with a \"chart\" file (UltraStar .txt) and an \"audio\" file (WAV, MP3 or OGG).");
        if (request.ContentLength > maxRequestBytes)
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The upload is {request.ContentLength} bytes; a chart and its audio may be at most {maxRequestBytes} bytes together.");

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The upload is larger than {maxRequestBytes} bytes, the most a chart and its audio may weigh together.");
        }
        catch (InvalidDataException exception)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The upload could not be read: {exception.Message}");
        }

        var chart = form.Files.GetFile("chart");
        var audio = form.Files.GetFile("audio");
        if (chart is null || audio is null)
            return Problem(StatusCodes.Status400BadRequest, "An upload needs two files: \"chart\" (the UltraStar .txt) and \"audio\" (its WAV, MP3 or OGG).");

        try
        {
            library.CheckSizes(chart.Length, audio.Length);
            byte[] chartBytes;
            using (var buffer = new MemoryStream((int)chart.Length))
            {
                await chart.CopyToAsync(buffer, context.RequestAborted);
                chartBytes = buffer.ToArray();
            }

            await using var audioStream = audio.OpenReadStream();
            var song = await library.AddUploadAsync(chartBytes, audioStream, audio.Length, context.RequestAborted);
            // The library keeps the chart, not its warnings; the singer should see them now, so they are read again
            // (a chart is at most 1 MiB and parses in milliseconds).
            var warnings = UltraStarParser.Parse(chartBytes).Warnings;
            return Results.Created($"{Prefix}/{song.Id}", CreatedBody(song.Summary, warnings));
        }
        catch (SongUploadException exception)
        {
            var extensions = exception.ChartErrors.Count == 0
                ? null
                : new Dictionary<string, object?>
                {
                    ["errors"] = exception.ChartErrors.Select(e => new { line = e.LineNumber, message = e.Message, text = e.ToString() }).ToList(),
                };
            return Problem(exception.StatusCode, exception.Message, extensions);
        }
    }

    // The catalogue entry with the chart's warnings beside its fields, so a client reading a SongSummary still can.
    private static JsonObject CreatedBody(SongSummary summary, IReadOnlyList<ChartDiagnostic> warnings)
    {
        var body = JsonSerializer.SerializeToNode(summary, JsonSerializerOptions.Web)!.AsObject();
        body["warnings"] = new JsonArray([.. warnings.Select(w => (JsonNode)new JsonObject
        {
            ["line"] = w.LineNumber,
            ["message"] = w.Message,
            ["text"] = w.ToString(),
        })]);
        return body;
    }

    private static IResult NotFound(string id) =>
        Problem(StatusCodes.Status404NotFound, $"There is no song \"{id}\"; GET {Prefix} lists the songs.");

    private static IResult Problem(int status, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: status switch
        {
            StatusCodes.Status404NotFound => "Song not found",
            StatusCodes.Status413PayloadTooLarge => "Upload too large",
            _ => "Song not accepted",
        }, extensions: extensions);
}
