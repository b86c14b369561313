using System.Diagnostics.Metrics;
using SingKing.Grains.Takes;

namespace SingKing.Grains.Sessions;

/// <summary>Counts takes as they end, under the <c>SingKing.Live</c> meter.</summary>
public sealed class TakeMetrics
{
    /// <summary>Name of the meter shared by the live path.</summary>
    public const string MeterName = "SingKing.Live";

    /// <summary>Name of the counter of ended takes, tagged <c>singking.take.status</c> = complete or abandoned.</summary>
    public const string TakesEndedInstrument = "singking.live.takes_ended";

    private readonly Counter<long> _takesEnded;

    /// <summary>Creates the instruments on the meter from <paramref name="meterFactory"/>.</summary>
    public TakeMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _takesEnded = meter.CreateCounter<long>(TakesEndedInstrument, unit: "{take}", description: "Takes that ended, by final status.");
    }

    internal void TakeEnded(TakeStatus status) =>
        _takesEnded.Add(1, new KeyValuePair<string, object?>("singking.take.status", status == TakeStatus.Complete ? "complete" : "abandoned"));
}
