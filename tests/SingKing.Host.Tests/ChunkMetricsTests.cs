using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using SingKing.Grains.Sessions;
using SingKing.Host.Hubs;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class ChunkMetricsTests(HostFixture host)
{
    [Fact]
    public async Task Every_chunk_is_timed_in_the_chunk_duration_histogram_in_milliseconds()
    {
        var outcomes = new ConcurrentQueue<(double Ms, string? Outcome)>();
        // Only this host's meter: hosts of other test classes run in the same process with meters of the same name.
        var meters = host.Factory.Services.GetRequiredService<IMeterFactory>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Meter.Name == TakeMetrics.MeterName && instrument.Name == LiveMetrics.ChunkDurationInstrument && instrument.Unit == "ms")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            string? outcome = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "singking.chunk.outcome")
                    outcome = (string?)tag.Value;
            }

            outcomes.Enqueue((value, outcome));
        });
        listener.Start();
        var chunks = SyntheticVoice.Chunks(SyntheticVoice.Sing((220, 0.2)));
        await using var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());
        await singer.StartSessionAsync();

        for (var s = 0; s < chunks.Count; s++)
            await singer.SendChunkAsync(s, chunks[s]);
        await singer.SendChunkAsync(0, chunks[0]);
        await Assert.ThrowsAnyAsync<Exception>(() => singer.SendChunkAsync(9, []));

        var recorded = outcomes.ToArray();
        Assert.Equal(chunks.Count, recorded.Count(r => r.Outcome == "accepted"));
        Assert.Equal(1, recorded.Count(r => r.Outcome == "duplicate"));
        Assert.Equal(1, recorded.Count(r => r.Outcome == "rejected"));
        Assert.All(recorded, r => Assert.InRange(r.Ms, 0.0, 60_000.0));
    }
}
