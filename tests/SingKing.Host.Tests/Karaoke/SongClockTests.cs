using Microsoft.AspNetCore.SignalR;
using SingKing.Host.Hubs;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Karaoke;

/// <summary>
/// The song clock through the hub: chunks stamped with the song time of their first sample are placed on the song
/// by that stamp, not by how much audio arrived, so lost audio and a count-in do not shift the notes after them.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SongClockTests(HostFixture host)
{
    private const double ChunkSeconds = (double)SyntheticVoice.ChunkSamples / SyntheticVoice.SampleRate;

    // Thirteen chunks (0.52 s) from eight seconds into the song never reach the server.
    private static readonly Range Lost = 200..213;

    [Fact]
    public async Task A_take_that_lost_half_a_second_of_audio_keeps_its_later_notes_when_chunks_carry_song_time()
    {
        var summary = await SingWithLostAudioAsync(stamped: true);

        Assert.True(summary.Karaoke!.Score >= 8000, $"score {summary.Karaoke.Score}, {summary.Karaoke.NotesHit} of {summary.Karaoke.NotesScored} notes hit");
    }

    [Fact]
    public async Task Without_song_time_the_same_take_sings_every_later_note_early()
    {
        var summary = await SingWithLostAudioAsync(stamped: false);

        Assert.True(summary.Karaoke!.Score < 6000, $"score {summary.Karaoke.Score}, {summary.Karaoke.NotesHit} of {summary.Karaoke.NotesScored} notes hit");
    }

    [Fact]
    public async Task A_count_in_stamped_before_song_time_0_leaves_the_take_on_the_song()
    {
        var countIn = new short[3 * SyntheticVoice.SampleRate];
        var chunks = SyntheticVoice.Chunks([.. countIn, .. SongTakes.SingTwinkle()]);
        await using var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());
        await singer.StartSessionAsync(Twinkle());

        for (var i = 0; i < chunks.Count; i++)
            await singer.SendSongChunkAsync(i, chunks[i], i * ChunkSeconds - 3.0);
        var summary = await singer.EndSessionAsync();

        Assert.True(summary.Karaoke!.Score >= 8500, $"score {summary.Karaoke.Score}");
    }

    [Fact]
    public async Task The_take_record_keeps_the_clocks_corrections_and_the_latency()
    {
        var singerId = HostFixture.NewSingerId();
        await using var singer = await SingerClient.ConnectAsync(host, singerId);
        var takeId = (await singer.StartSessionAsync(Twinkle(latencyMs: 120))).TakeId;
        var chunks = SyntheticVoice.Chunks(SongTakes.SingTwinkle())[..50];

        for (var i = 0; i < 20; i++)
            await singer.SendSongChunkAsync(i, chunks[i], -1.0 + i * ChunkSeconds);
        // Ten chunks lost: the next one is stamped 0.4 s further on.
        for (var i = 30; i < chunks.Count; i++)
            await singer.SendSongChunkAsync(i, chunks[i], -1.0 + i * ChunkSeconds);
        await singer.EndSessionAsync();

        var karaoke = TakeOnDisk.Load(host.Factory.TakeFolder(singerId, takeId)).Record.GetProperty("karaoke");
        Assert.Equal(120, karaoke.GetProperty("latencyMs").GetDouble());
        var marks = karaoke.GetProperty("songClock").EnumerateArray()
            .Select(m => (m.GetProperty("takeSample").GetInt64(), Math.Round(m.GetProperty("songSeconds").GetDouble(), 6)))
            .ToList();
        Assert.Equal([(0L, -1.0), (20L * SyntheticVoice.ChunkSamples, Math.Round(-1.0 + 30 * ChunkSeconds, 6))], marks);
    }

    [Fact]
    public async Task Song_time_on_a_take_without_a_song_is_an_InvalidRequest_and_the_take_goes_on()
    {
        await using var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());
        await singer.StartSessionAsync();
        var chunk = SyntheticVoice.Chunks(SyntheticVoice.Melody(("A3", 0.2)))[0];

        var error = await Assert.ThrowsAsync<HubException>(() => singer.SendSongChunkAsync(0, chunk, 0));

        Assert.Contains("[InvalidRequest] ", error.Message);
        Assert.Contains("songSeconds", error.Message);
        Assert.False((await singer.SendChunkAsync(0, chunk)).Duplicate);
    }

    [Fact]
    public async Task A_song_clock_that_jumps_back_is_an_InvalidRequest_and_the_chunk_can_be_sent_again()
    {
        await using var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());
        await singer.StartSessionAsync(Twinkle());
        var chunks = SyntheticVoice.Chunks(SongTakes.SingTwinkle());
        for (var i = 0; i < 50; i++)
            await singer.SendSongChunkAsync(i, chunks[i], 5.0 + i * ChunkSeconds);

        var error = await Assert.ThrowsAsync<HubException>(() => singer.SendSongChunkAsync(50, chunks[50], 1.0));

        Assert.Contains("[InvalidRequest] ", error.Message);
        Assert.Contains("went back", error.Message);
        var retry = await singer.SendSongChunkAsync(50, chunks[50], 5.0 + 50 * ChunkSeconds);
        Assert.False(retry.Duplicate);
    }

    private async Task<SessionSummary> SingWithLostAudioAsync(bool stamped)
    {
        var chunks = SyntheticVoice.Chunks(SongTakes.SingTwinkle());
        await using var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());
        await singer.StartSessionAsync(Twinkle());
        var (lostStart, lostEnd) = Lost.GetOffsetAndLength(chunks.Count) is var (offset, length) ? (offset, offset + length) : default;

        for (var i = 0; i < chunks.Count; i++)
        {
            if (i >= lostStart && i < lostEnd)
                continue;
            if (stamped)
                await singer.SendSongChunkAsync(i, chunks[i], i * ChunkSeconds);
            else
                await singer.SendChunkAsync(i, chunks[i]);
        }

        return await singer.EndSessionAsync();
    }

    private static StartSessionRequest Twinkle(double? latencyMs = null) =>
        new() { SampleRate = 16_000, SongId = SongTakes.TwinkleId, LatencyMs = latencyMs };
}
