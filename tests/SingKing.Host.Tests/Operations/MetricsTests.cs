using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Operations;

[Collection(MetricsCollection.Name)]
public sealed class MetricsTests : IAsyncLifetime
{
    private const string OpenTakes = "singking_live_open_takes";
    private const string PitchFrames = "singking_live_pitch_frames_total";
    private const string ChunkDurations = "singking_live_chunk_duration_milliseconds_count";
    private const string ChunkDurationSum = "singking_live_chunk_duration_milliseconds_sum";
    private const string TakesEnded = "singking_live_takes_ended_total";

    private readonly HostFixture _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_scrape_shows_the_open_take_while_singing_and_counts_every_frame_and_chunk_returned()
    {
        using var http = _host.Factory.CreateClient();
        var chunks = SyntheticVoice.Chunks(SyntheticVoice.Sing((220, 1.0), (330, 1.0)));
        var before = await PrometheusText.ScrapeAsync(http);
        await using var singer = await SingerClient.ConnectAsync(_host, HostFixture.NewSingerId());

        await singer.StartSessionAsync();
        var framesReturned = 0;
        for (var s = 0; s < chunks.Count; s++)
            framesReturned += (await singer.SendChunkAsync(s, chunks[s])).FrequencyHz.Length;
        var during = await PrometheusText.ScrapeAsync(http);
        await singer.EndSessionAsync();
        var after = await PrometheusText.ScrapeAsync(http);

        Assert.True(framesReturned > 0, "the singer got no frames back");
        Assert.Equal(Value(before, OpenTakes) + 1, Value(during, OpenTakes));
        Assert.Equal(Value(before, OpenTakes), Value(after, OpenTakes));
        Assert.Equal(framesReturned, Value(after, PitchFrames) - Value(before, PitchFrames));
        Assert.Equal(chunks.Count, Value(after, ChunkDurations) - Value(before, ChunkDurations));
        var meanMs = (Value(after, ChunkDurationSum) - Value(before, ChunkDurationSum)) / chunks.Count;
        Assert.InRange(meanMs, 0.0, 60_000.0);
        Assert.Equal(1, Value(after, TakesEnded) - Value(before, TakesEnded));
        // ASP.NET Core's and the runtime's own instruments ride along.
        Assert.NotNull(PrometheusText.Sum(after, "http_server_request_duration_seconds_count"));
        Assert.NotNull(PrometheusText.Sum(after, "dotnet_gc_collections_total"));
    }

    // A metric the host has not recorded yet is absent from the scrape: that reads as zero.
    private static double Value(string scrape, string metric) => PrometheusText.Sum(scrape, metric) ?? 0;
}
