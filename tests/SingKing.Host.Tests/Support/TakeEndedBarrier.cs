using System.Diagnostics.Metrics;
using SingKing.Grains.Sessions;

namespace SingKing.Host.Tests.Support;

/// <summary>Completes when the host reports that a take ended with the given status (the host counts every ended take).</summary>
public sealed class TakeEndedBarrier : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TakeEndedBarrier(string status)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TakeMetrics.MeterName && instrument.Name == TakeMetrics.TakesEndedInstrument)
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "singking.take.status" && (string?)tag.Value == status)
                    _ended.TrySetResult();
            }
        });
        _listener.Start();
    }

    public async Task WaitAsync(string what)
    {
        try
        {
            await _ended.Task.WaitAsync(TimeSpan.FromSeconds(20));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Waited 20 s for {what}, but the host reported no take ending.");
        }
    }

    public void Dispose() => _listener.Dispose();
}
