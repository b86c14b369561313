using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class LoggingTests(HostFixture host)
{
    [Fact]
    public async Task Streaming_chunks_logs_nothing_at_Information_or_above()
    {
        var chunks = SyntheticVoice.Chunks(SyntheticVoice.Sing((220, 1.0)));
        await using var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());
        await singer.StartSessionAsync();
        host.Factory.Logs.Clear();

        for (var s = 0; s < chunks.Count; s++)
            await singer.SendChunkAsync(s, chunks[s]);

        Assert.Empty(host.Factory.Logs.Entries);
    }

    [Fact]
    public async Task Starting_and_ending_a_take_are_logged_at_Information()
    {
        await using var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());
        host.Factory.Logs.Clear();

        var started = await singer.StartSessionAsync();
        await singer.EndSessionAsync();

        var messages = host.Factory.Logs.Entries.Select(e => e.Message).ToList();
        Assert.Contains(messages, m => m.Contains(singer.SingerId) && m.Contains($"started take {started.TakeId}"));
        Assert.Contains(messages, m => m.Contains(singer.SingerId) && m.Contains($"ended take {started.TakeId} as Complete"));
    }
}
