using Microsoft.AspNetCore.SignalR;
using SingKing.Host.Hubs;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests;

/// <summary>
/// The range diagnosis on the live path: every take feeds its frames to the range analysis, and the hub answers
/// <c>getRange</c> mid-take and adds the take's range to <c>endSession</c>'s summary and to take.json.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class RangeTests(HostFixture host)
{
    // Three phrases, lowest first. The last note runs to the very end of the take, so its last frames come only
    // from the tracker's final flush.
    private static readonly List<byte[]> Song = SyntheticVoice.Chunks(SyntheticVoice.Melody(
        ("A2", 1.2), ("rest", 0.3), ("D3", 1.2), ("rest", 0.3), ("F4", 1.2)));

    // 40 ms chunks: chunk 38 ends at 1.52 s, in the rest after A2; chunk 75 ends at 3.0 s, at the end of the rest after D3.
    private const int ChunksThroughFirstRest = 38;
    private const int ChunksThroughSecondRest = 75;

    [Fact]
    public async Task Range_is_null_until_a_note_has_been_held_steadily()
    {
        await using var singer = await StartAsync();
        // 0.4 s of A2: shorter than the half second a stable note needs.
        await SingAsync(singer, 0, 10);

        Assert.Null(await singer.GetRangeAsync());
    }

    [Fact]
    public async Task Range_mid_take_holds_the_first_note_once_it_has_been_sung()
    {
        await using var singer = await StartAsync();
        await SingAsync(singer, 0, ChunksThroughFirstRest);

        var range = await singer.GetRangeAsync();

        Assert.NotNull(range);
        var note = Assert.Single(range.StableNotes);
        Assert.Equal("A2", note.Name);
        Assert.InRange(note.Hz, 109.5, 110.5);
        Assert.InRange(note.StartSeconds, 0.0, 0.15);
        Assert.InRange(note.DurationSeconds, 0.9, 1.25);
        Assert.Equal(("A2", "A2", 0), (range.Lowest, range.Highest, range.Semitones));
    }

    [Fact]
    public async Task Range_mid_take_includes_the_note_being_held_once_it_has_lasted_half_a_second()
    {
        await using var singer = await StartAsync();
        // 1.0 s into A2; the tracker has returned frames up to about 0.93 s.
        await SingAsync(singer, 0, 25);

        var range = await singer.GetRangeAsync();

        Assert.NotNull(range);
        var note = Assert.Single(range.StableNotes);
        Assert.Equal("A2", note.Name);
        Assert.InRange(note.DurationSeconds, 0.5, 1.0);
    }

    [Fact]
    public async Task Range_mid_take_lists_every_note_held_so_far()
    {
        await using var singer = await StartAsync();
        await SingAsync(singer, 0, ChunksThroughSecondRest);

        var range = await singer.GetRangeAsync();

        Assert.NotNull(range);
        Assert.Equal(["A2", "D3"], range.StableNotes.Select(n => n.Name));
        Assert.Equal(("A2", "D3", 5), (range.Lowest, range.Highest, range.Semitones));
    }

    [Fact]
    public async Task Ending_a_take_returns_its_range_from_A2_to_F4()
    {
        await using var singer = await StartAsync();
        await SingAsync(singer, 0, Song.Count);

        var range = (await singer.EndSessionAsync()).Range;

        Assert.NotNull(range);
        Assert.Equal(["A2", "D3", "F4"], range.StableNotes.Select(n => n.Name));
        Assert.Equal(("A2", "F4"), (range.Lowest, range.Highest));
        Assert.InRange(range.LowestHz, 109.5, 110.5);
        Assert.InRange(range.HighestHz, 348.2, 350.2);
        Assert.Equal(20, range.Semitones);
        Assert.Equal(20 / 12.0, range.Octaves, 9);
    }

    [Fact]
    public async Task The_summarys_range_counts_the_last_frames_the_tracker_flushes_when_the_take_ends()
    {
        await using var singer = await StartAsync();
        await SingAsync(singer, 0, Song.Count);
        var beforeEnd = await singer.GetRangeAsync();

        var atEnd = (await singer.EndSessionAsync()).Range;

        // F4 is still being held when the audio stops; the tracker's look-ahead holds back its last frames.
        Assert.NotNull(beforeEnd);
        Assert.NotNull(atEnd);
        Assert.Equal("F4", beforeEnd.StableNotes[^1].Name);
        Assert.Equal("F4", atEnd.StableNotes[^1].Name);
        Assert.True(atEnd.StableNotes[^1].DurationSeconds > beforeEnd.StableNotes[^1].DurationSeconds,
            $"F4 lasted {beforeEnd.StableNotes[^1].DurationSeconds} s before the end and {atEnd.StableNotes[^1].DurationSeconds} s in the summary.");
    }

    [Fact]
    public async Task Ending_a_take_reports_the_voice_type_the_range_fits()
    {
        await using var singer = await StartAsync();
        await SingAsync(singer, 0, Song.Count);

        var range = (await singer.EndSessionAsync()).Range;

        // The DSP picks the type whose classical range has its centre nearest the singer's: A2–F4 (MIDI 45–65)
        // is centred on 55, exactly the centre of the baritone's G2–G4 (43–67); the bass's E2–E4 is centred on
        // 52 and the tenor's C3–C5 on 60.
        Assert.NotNull(range);
        Assert.Equal("baritone", range.VoiceType);
    }

    [Fact]
    public async Task Frequencies_in_a_range_are_rounded_to_a_tenth_of_a_hertz()
    {
        await using var singer = await StartAsync();
        await SingAsync(singer, 0, Song.Count);

        var range = (await singer.EndSessionAsync()).Range;

        Assert.NotNull(range);
        Assert.All(range.StableNotes.Select(n => n.Hz).Append(range.LowestHz).Append(range.HighestHz),
            hz => Assert.Equal(Math.Round(hz, 1), hz, 9));
    }

    [Fact]
    public async Task A_take_without_a_steady_note_ends_with_a_null_range()
    {
        await using var singer = await StartAsync();
        await SingAsync(singer, 0, 10);

        var summary = await singer.EndSessionAsync();

        Assert.Null(summary.Range);
    }

    [Fact]
    public async Task Asking_for_the_range_without_a_take_is_rejected_as_NoActiveSession()
    {
        await using var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());

        var error = await Assert.ThrowsAsync<HubException>(() => singer.GetRangeAsync());

        Assert.Contains("[NoActiveSession]", error.Message);
    }

    [Fact]
    public async Task Asking_for_the_range_after_the_take_ended_is_rejected_as_NoActiveSession()
    {
        await using var singer = await StartAsync();
        await SingAsync(singer, 0, ChunksThroughFirstRest);
        await singer.EndSessionAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => singer.GetRangeAsync());

        Assert.Contains("[NoActiveSession]", error.Message);
    }

    [Fact]
    public async Task Take_json_records_the_range_when_the_take_ends()
    {
        await using var singer = await StartAsync();
        await SingAsync(singer, 0, Song.Count);

        var summary = await singer.EndSessionAsync();

        var range = TakeOnDisk.Load(host.Factory.TakeFolder(singer.SingerId, summary.TakeId)).Record.GetProperty("range");
        Assert.Equal("A2", range.GetProperty("lowest").GetString());
        Assert.Equal("F4", range.GetProperty("highest").GetString());
        Assert.Equal(summary.Range!.LowestHz, range.GetProperty("lowestHz").GetDouble());
        Assert.Equal(summary.Range.HighestHz, range.GetProperty("highestHz").GetDouble());
        Assert.Equal(20, range.GetProperty("semitones").GetInt32());
        Assert.Equal(summary.Range.VoiceType, range.GetProperty("voiceType").GetString());
        Assert.Equal(summary.Range.TessituraLow, range.GetProperty("tessituraLow").GetString());
        Assert.Equal(summary.Range.TessituraHigh, range.GetProperty("tessituraHigh").GetString());
        Assert.Equal(["A2", "D3", "F4"], range.GetProperty("stableNotes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Take_json_records_a_null_range_when_no_note_was_held_steadily()
    {
        await using var singer = await StartAsync();
        await SingAsync(singer, 0, 10);

        var summary = await singer.EndSessionAsync();

        var record = TakeOnDisk.Load(host.Factory.TakeFolder(singer.SingerId, summary.TakeId)).Record;
        Assert.Equal(System.Text.Json.JsonValueKind.Null, record.GetProperty("range").ValueKind);
    }

    [Fact]
    public async Task Take_json_of_an_abandoned_take_records_the_range_sung_before_the_connection_closed()
    {
        var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());
        var takeId = (await singer.StartSessionAsync()).TakeId;
        await SingAsync(singer, 0, Song.Count);

        // The closed connection's take waits for a resume; the singer's next take gives it up.
        await singer.DisposeAsync();
        await host.Factory.WaitUntilWaitingForResumeAsync(takeId);
        await using (var again = await SingerClient.ConnectAsync(host, singer.SingerId))
        {
            await again.StartSessionAsync();
            await again.EndSessionAsync();
        }

        var range = TakeOnDisk.Load(host.Factory.TakeFolder(singer.SingerId, takeId)).Record.GetProperty("range");
        Assert.Equal("A2", range.GetProperty("lowest").GetString());
        Assert.Equal("F4", range.GetProperty("highest").GetString());
    }

    private async Task<SingerClient> StartAsync()
    {
        var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());
        await singer.StartSessionAsync();
        return singer;
    }

    private static async Task SingAsync(SingerClient singer, int fromChunk, int toChunk)
    {
        for (var sequence = fromChunk; sequence < toChunk; sequence++)
            await singer.SendChunkAsync(sequence, Song[sequence]);
    }
}
