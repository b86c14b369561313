namespace SingKing.Host.Diagnoses;

/// <summary>A signed-in singer's kept range and timbre diagnoses: keeping ranges from takes, and the <c>/api/diagnoses</c> endpoints.</summary>
public static class DiagnosisExtensions
{
    /// <summary>Registers the <see cref="RangeDiagnosisKeeper"/> the singing hub uses.</summary>
    public static WebApplicationBuilder AddDiagnoses(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RangeDiagnosisKeeper>();
        return builder;
    }

    /// <summary>Maps the <c>/api/diagnoses</c> endpoints.</summary>
    public static WebApplication MapDiagnoses(this WebApplication app)
    {
        app.MapDiagnosisEndpoints();
        return app;
    }
}
