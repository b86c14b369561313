using SingKing.Dsp.Audio;
using SingKing.Dsp.Calibration;
using SingKing.Host.Uploads;

namespace SingKing.Host.Calibration;

/// <summary>
/// The latency calibration API: the page plays <c>clicks.wav</c> through the speakers while it records the
/// microphone, then posts the recording and gets the device's delay back.
/// </summary>
public static class CalibrationEndpoints
{
    /// <summary>Route prefix of the API.</summary>
    public const string Prefix = "/api/calibration";

    /// <summary>Largest recording accepted, in bytes (about 50 s of 48 kHz 16-bit mono; the track lasts 5 s).</summary>
    public const int MaxRecordingBytes = 5 * 1024 * 1024;

    /// <summary>Sample rate of the served click track, in Hz.</summary>
    public const int ClickTrackSampleRate = 48_000;

    /// <summary>
    /// Maps <c>GET /api/calibration/clicks.wav</c> (the standard click track, 48 kHz 16-bit mono) and
    /// <c>POST /api/calibration</c> (a WAV recording that started with playback → the delay, or 422 with what to do).
    /// </summary>
    public static IEndpointRouteBuilder MapCalibrationEndpoints(this IEndpointRouteBuilder app)
    {
        var calibration = app.MapGroup(Prefix);
        var track = ClickTrack.Standard;
        // The track never changes, so it is encoded once.
        var clicksWav = Encode(track);
        var estimator = new LatencyEstimator(track);

        calibration.MapGet("/clicks.wav", () => Results.File(clicksWav, "audio/wav", "clicks.wav"));
        calibration.MapPost("/", (HttpRequest request, CancellationToken cancellationToken) => EstimateAsync(request, estimator, cancellationToken));
        return app;
    }

    private static async Task<IResult> EstimateAsync(HttpRequest request, LatencyEstimator estimator, CancellationToken cancellationToken)
    {
        var body = await BoundedRequestBody.ReadAsync(request, MaxRecordingBytes, cancellationToken);
        if (body is null)
            return TooLarge();
        if (body.Length == 0)
            return Problem(StatusCodes.Status400BadRequest, "Send the microphone recording as the request body, a WAV file.");

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

        var estimate = estimator.Estimate(samples, format.SampleRate);
        if (!estimate.IsMeasured)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, estimate.Advice!, new Dictionary<string, object?>
            {
                ["matchedClicks"] = estimate.MatchedClicks,
                ["expectedClicks"] = estimate.ExpectedClicks,
            });
        }
        return Results.Ok(new CalibrationResult(Math.Round(estimate.LatencyMs, 1), estimate.MatchedClicks, Math.Round(estimate.SpreadMs, 1)));
    }


    private static byte[] Encode(ClickTrack track)
    {
        using var stream = new MemoryStream();
        WavWriter.Write(stream, track.Render(ClickTrackSampleRate), ClickTrackSampleRate);
        return stream.ToArray();
    }

    private static IResult TooLarge() =>
        Problem(StatusCodes.Status413PayloadTooLarge, $"The recording is larger than {MaxRecordingBytes} bytes; record only while the clicks play (about 6 s).");

    private static IResult Problem(int status, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: status switch
        {
            StatusCodes.Status422UnprocessableEntity => "Latency not measured",
            StatusCodes.Status413PayloadTooLarge => "Recording too large",
            _ => "Recording not accepted",
        }, extensions: extensions);
}
