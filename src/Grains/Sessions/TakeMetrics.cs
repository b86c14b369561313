using System.Diagnostics.Metrics;
using SingKing.Grains.Takes;

namespace SingKing.Grains.Sessions;

/// <summary>Counts takes as they open and end, under the <c>SingKing.Live</c> meter.</summary>
public sealed class TakeMetrics
{
    /// <summary>Name of the meter shared by the live path.</summary>
    public const string MeterName = "SingKing.Live";

    /// <summary>Name of the counter of ended takes, tagged <c>singking.take.status</c> = complete or abandoned.</summary>
    public const string TakesEndedInstrument = "singking.live.takes_ended";

    /// <summary>
    /// Name of the up-down counter of takes open on this host right now (a singer sending audio): up when a take
    /// starts, down when it ends, whether complete or abandoned.
    /// </summary>
    public const string OpenTakesInstrument = "singking.live.open_takes";

    private readonly Counter<long> _takesEnded;
    private readonly UpDownCounter<long> _openTakes;

    /// <summary>Creates the instruments on the meter from <paramref name="meterFactory"/>.</summary>
    public TakeMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _takesEnded = meter.CreateCounter<long>(TakesEndedInstrument, unit: "{take}", description: "Takes that ended, by final status.");
        _openTakes = meter.CreateUpDownCounter<long>(OpenTakesInstrument, unit: "{take}", description: "Takes open right now: singers sending audio.");
    }

    internal void TakeOpened() => _openTakes.Add(1);

    internal void TakeClosed() => _openTakes.Add(-1);

    internal void TakeEnded(TakeStatus status) =>
        _takesEnded.Add(1, new KeyValuePair<string, object?>("singking.take.status", status == TakeStatus.Complete ? "complete" : "abandoned"));
}
