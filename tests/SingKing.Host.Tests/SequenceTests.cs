using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class SequenceTests(HostFixture host)
{
    private static readonly List<byte[]> Voice = SyntheticVoice.Chunks(SyntheticVoice.Sing((220, 0.4)));

    [Fact]
    public async Task A_repeated_chunk_is_answered_as_a_duplicate_with_no_frames()
    {
        await using var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());
        await singer.StartSessionAsync();
        for (var s = 0; s < 4; s++)
            await singer.SendChunkAsync(s, Voice[s]);

        var repeat = await singer.SendChunkAsync(2, Voice[2]);

        Assert.True(repeat.Duplicate);
        Assert.Equal(2, repeat.Sequence);
        Assert.Empty(repeat.FrequencyHz);
    }

    [Fact]
    public async Task A_repeated_chunk_adds_nothing_to_the_take()
    {
        var singerId = HostFixture.NewSingerId();
        await using var singer = await SingerClient.ConnectAsync(host, singerId);
        var started = await singer.StartSessionAsync();
        long frames = 0;
        for (var s = 0; s < 4; s++)
            frames += (await singer.SendChunkAsync(s, Voice[s])).FrequencyHz.Length;

        await singer.SendChunkAsync(3, Voice[3]);
        var next = await singer.SendChunkAsync(4, Voice[4]);
        var summary = await singer.EndSessionAsync();

        Assert.Equal(frames, next.FirstFrame);
        Assert.Equal(5 * SyntheticVoice.ChunkSamples, TakeOnDisk.Load(host.Factory.TakeFolder(singerId, started.TakeId)).SamplesInFile);
        Assert.Equal(5 * 0.040, summary.DurationSeconds, 6);
    }

    [Fact]
    public async Task A_jump_ahead_is_accepted_and_the_missing_chunks_are_recorded_in_the_take()
    {
        var singerId = HostFixture.NewSingerId();
        await using var singer = await SingerClient.ConnectAsync(host, singerId);
        var started = await singer.StartSessionAsync();
        await singer.SendChunkAsync(0, Voice[0]);
        await singer.SendChunkAsync(1, Voice[1]);

        var afterGap = await singer.SendChunkAsync(4, Voice[4]);
        var summary = await singer.EndSessionAsync();

        Assert.False(afterGap.Duplicate);
        Assert.Equal([2L, 3L], summary.MissingChunks);
        var gaps = TakeOnDisk.Load(host.Factory.TakeFolder(singerId, started.TakeId)).Record.GetProperty("gaps");
        var gap = Assert.Single(gaps.EnumerateArray());
        Assert.Equal(2, gap.GetProperty("firstSequence").GetInt64());
        Assert.Equal(2, gap.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task A_gap_is_in_take_json_while_the_take_is_still_open()
    {
        var singerId = HostFixture.NewSingerId();
        await using var singer = await SingerClient.ConnectAsync(host, singerId);
        var started = await singer.StartSessionAsync();
        await singer.SendChunkAsync(0, Voice[0]);

        await singer.SendChunkAsync(2, Voice[2]);

        var take = TakeOnDisk.Load(host.Factory.TakeFolder(singerId, started.TakeId));
        Assert.Equal("open", take.Status);
        Assert.Equal(1, Assert.Single(take.Record.GetProperty("gaps").EnumerateArray()).GetProperty("firstSequence").GetInt64());
    }
}
