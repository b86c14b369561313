using SingKing.Dsp.Audio;
using SingKing.Grains.Timbre;
using SingKing.Host.Singers;
using SingKing.Host.Songs;
using SingKing.Host.Uploads;

namespace SingKing.Host.Timbre;

/// <summary>
/// The timbre diagnosis API. <c>POST /api/timbre</c> takes a WAV recording as the body (at least 10 s, 6 s of
/// it sung, at most 120 s and <see cref="MaxRecordingBytes"/>) and optionally the singer's range as
/// <c>?lowestMidi=48&amp;highestMidi=72</c>; it answers a <see cref="TimbreResult"/>, or a problem: 400 for a
/// missing or unreadable WAV or a bad range, 413 for a recording too large, 422 for one too short, too long
/// or with too little singing. <c>GET /api/timbre/model</c> describes the serving model.
/// </summary>
public static class TimbreEndpoints
{
    /// <summary>Route prefix of the API.</summary>
    public const string Prefix = "/api/timbre";

    /// <summary>Largest recording accepted, in bytes: 120 s of 48 kHz 16-bit mono is 11.5 MB.</summary>
    public const int MaxRecordingBytes = 12 * 1024 * 1024;

    /// <summary>Maps the timbre endpoints.</summary>
    public static IEndpointRouteBuilder MapTimbreEndpoints(this IEndpointRouteBuilder app)
    {
        var timbre = app.MapGroup(Prefix);
        timbre.MapGet("/model", (TimbreModel model) => Results.Ok(TimbreModelInfo.Of(model)));
        timbre.MapPost("/", DiagnoseAsync);
        return app;
    }

    private static async Task<IResult> DiagnoseAsync(
        HttpContext context,
        IGrainFactory grains,
        TimbreModel model,
        SongLibrary library,
        IEnumerable<ITimbreResultStore> stores,
        int? lowestMidi,
        int? highestMidi,
        CancellationToken cancellationToken)
    {
        SingerRange? range = null;
        if (lowestMidi is not null || highestMidi is not null)
        {
            if (lowestMidi is not { } low || highestMidi is not { } high || low is < 0 or > 127 || high is < 0 or > 127 || low > high)
                return Problem(StatusCodes.Status400BadRequest, "Give both lowestMidi and highestMidi as MIDI notes 0–127 with lowestMidi ≤ highestMidi, or neither.");
            range = new SingerRange(low, high);
        }

        var request = context.Request;
        var body = await BoundedRequestBody.ReadAsync(request, MaxRecordingBytes, cancellationToken);
        if (body is null)
            return TooLarge();
        if (body.Length == 0)
            return Problem(StatusCodes.Status400BadRequest, "Send the recording as the request body, a WAV file of at least 10 s of singing.");

        float[] samples;
        WavFormat format;
        try
        {
            samples = WavReader.ReadAll(body, out format);
        }
        catch (AudioFormatException exception)
        {
            return Problem(StatusCodes.Status400BadRequest, exception.Message);
        }

        TimbreDiagnosis diagnosis;
        try
        {
            diagnosis = await grains.GetGrain<ITimbreGrain>(0).DiagnoseAsync(samples, format.SampleRate);
        }
        catch (TimbreRecordingException exception)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, exception.Message, exception.Problem);
        }

        var recommendations = TimbreRecommender.Recommend(diagnosis, library.Songs.Select(s => s.Summary), range);
        var result = new TimbreResult(
            diagnosis.Label,
            diagnosis.Probabilities.ToDictionary(p => p.Label, p => p.Probability),
            diagnosis.Descriptors,
            recommendations,
            TimbreModelInfo.Of(model));
        if (SingerIdentity.Resolve(context) is { } singer)
        {
            foreach (var store in stores)
                await store.SaveAsync(singer, result, cancellationToken);
        }

        return Results.Ok(result);
    }


    private static IResult TooLarge() =>
        Problem(StatusCodes.Status413PayloadTooLarge, $"The recording is larger than {MaxRecordingBytes} bytes; send 10–120 s of mono audio.");

    private static IResult Problem(int status, string detail, TimbreRecordingProblem? problem = null) =>
        Results.Problem(detail: detail, statusCode: status, title: status switch
        {
            StatusCodes.Status422UnprocessableEntity => "Timbre not diagnosed",
            StatusCodes.Status413PayloadTooLarge => "Recording too large",
            _ => "Recording not accepted",
        }, extensions: problem is { } code
            ? new Dictionary<string, object?> { ["problem"] = char.ToLowerInvariant(code.ToString()[0]) + code.ToString()[1..] }
            : null);
}
