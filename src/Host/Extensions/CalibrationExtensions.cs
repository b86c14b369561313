using SingKing.Host.Calibration;

namespace SingKing.Host.Extensions;

/// <summary>Latency calibration: the click track and the <c>/api/calibration</c> endpoints.</summary>
public static class CalibrationExtensions
{
    /// <summary>Maps the <c>/api/calibration</c> endpoints.</summary>
    public static WebApplication MapCalibration(this WebApplication app)
    {
        app.MapCalibrationEndpoints();
        return app;
    }
}
