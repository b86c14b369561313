using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace SingKing.Grains.Timbre;

/// <summary>
/// Diagnoses recordings with the process's one <see cref="TimbreAnalyzer"/>. A stateless worker: any silo
/// runs it locally, and at most one activation per silo means at most one diagnosis per silo runs at a time
/// (about a core for half a second per 10 s of audio), so live sessions keep the other cores. Further
/// requests queue for that activation.
/// </summary>
[StatelessWorker(1)]
public sealed partial class TimbreGrain(TimbreAnalyzer analyzer, ILogger<TimbreGrain> logger) : Grain, ITimbreGrain
{
    /// <inheritdoc />
    public Task<TimbreDiagnosis> DiagnoseAsync(float[] samples, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var diagnosis = analyzer.Diagnose(samples, sampleRate);
        LogDiagnosed(samples.Length / (double)sampleRate, diagnosis.Label, diagnosis.Patches);
        return Task.FromResult(diagnosis);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timbre diagnosed: {Seconds:F1} s → {Label} over {Patches} patches")]
    private partial void LogDiagnosed(double seconds, string label, int patches);
}
