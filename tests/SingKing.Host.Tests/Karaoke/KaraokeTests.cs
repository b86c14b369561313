using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using SingKing.Host.Hubs;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Karaoke;

/// <summary>
/// Karaoke takes on the live path: a take started with a song id is aligned to the song's notes as it streams;
/// every chunk's answer carries the notes it moved, the lines that ended and the running score, and the summary
/// and take.json carry the take's score. Takes of the bundled "Twinkle, Twinkle" are rendered from its chart and
/// sent through the hub in 40 ms chunks over MessagePack.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class KaraokeTests(HostFixture host)
{
    private static int ScoredNoteCount => SongTakes.Twinkle.Voices[0].Notes.Count(n => n.IsScored);

    private static int LineCount => SongTakes.Twinkle.Voices[0].Phrases.Count;

    [Fact]
    public async Task Most_notes_of_a_take_sung_on_pitch_come_back_hit_and_final_while_it_streams()
    {
        var take = await SingAsync(SongTakes.SingTwinkle(), Twinkle());

        // The last word each chunk said about every note: what the page shows once the song is over.
        var last = take.Chunks.SelectMany(c => c.Notes).GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.Last());
        Assert.Equal(ScoredNoteCount, last.Count);
        Assert.All(last.Values, note => Assert.True(note.Final, $"note {note.Id} is not final"));
        Assert.True(last.Values.Count(n => n.Hit >= 0.6) >= 0.9 * ScoredNoteCount,
            $"hit shares: {string.Join(", ", last.Values.Select(n => n.Hit.ToString("0.00")))}");
    }

    [Fact]
    public async Task Every_line_of_a_take_sung_on_pitch_is_rated_great_or_better_as_it_ends()
    {
        var take = await SingAsync(SongTakes.SingTwinkle(), Twinkle());

        var phrases = take.Chunks.SelectMany(c => c.Phrases).ToList();
        Assert.Equal(Enumerable.Range(0, LineCount), phrases.Select(p => p.Index));
        Assert.All(phrases, p => Assert.Contains(p.Rating, new[] { "great", "perfect" }));
    }

    [Fact]
    public async Task The_running_score_grows_through_a_take_sung_on_pitch()
    {
        var take = await SingAsync(SongTakes.SingTwinkle(), Twinkle());

        var scores = take.Chunks.Select(c => c.Score).ToList();
        Assert.Equal(0, scores[0]);
        Assert.True(scores[^1] > 8000, $"running score at the end: {scores[^1]}");
        Assert.Equal(scores.Order(), scores);
    }

    [Fact]
    public async Task The_summary_of_a_take_sung_on_pitch_scores_high()
    {
        var take = await SingAsync(SongTakes.SingTwinkle(), Twinkle());

        var karaoke = take.Summary.Karaoke;
        Assert.NotNull(karaoke);
        Assert.Equal((SongTakes.TwinkleId, "medium"), (karaoke.SongId, karaoke.Difficulty));
        Assert.Equal(ScoredNoteCount, karaoke.NotesScored);
        Assert.True(karaoke.NotesHit >= 0.9 * karaoke.NotesScored, $"{karaoke.NotesHit} of {karaoke.NotesScored} notes hit");
        Assert.InRange(karaoke.Score, 8500, 10_000);
        Assert.Equal(LineCount, karaoke.Phrases.Length);
    }

    [Fact]
    public async Task A_take_sung_three_semitones_off_key_scores_low()
    {
        var take = await SingAsync(SongTakes.SingTwinkle(semitones: 3), Twinkle());

        var karaoke = take.Summary.Karaoke;
        Assert.NotNull(karaoke);
        Assert.InRange(karaoke.Score, 0, 1000);
        Assert.True(karaoke.NotesHit <= 0.1 * karaoke.NotesScored, $"{karaoke.NotesHit} of {karaoke.NotesScored} notes hit");
        Assert.All(karaoke.Phrases, p => Assert.Equal("miss", p.Rating));
    }

    [Fact]
    public async Task A_take_sung_a_semitone_sharp_on_medium_earns_about_half_and_hits_no_note()
    {
        var take = await SingAsync(SongTakes.SingTwinkle(semitones: 1), Twinkle());

        var karaoke = take.Summary.Karaoke!;
        Assert.InRange(karaoke.Score, 4000, 6500);
        Assert.Equal(0, karaoke.NotesHit);
    }

    [Fact]
    public async Task A_take_sung_a_semitone_sharp_on_easy_hits_the_notes()
    {
        var take = await SingAsync(SongTakes.SingTwinkle(semitones: 1), Twinkle(difficulty: "easy"));

        var karaoke = take.Summary.Karaoke!;
        Assert.Equal("easy", karaoke.Difficulty);
        Assert.True(karaoke.NotesHit >= 0.9 * karaoke.NotesScored, $"{karaoke.NotesHit} of {karaoke.NotesScored} notes hit");
        Assert.InRange(karaoke.Score, 8500, 10_000);
    }

    [Fact]
    public async Task A_take_sung_an_octave_down_scores_high()
    {
        var take = await SingAsync(SongTakes.SingTwinkle(semitones: -12), Twinkle());

        Assert.InRange(take.Summary.Karaoke!.Score, 8500, 10_000);
    }

    [Fact]
    public async Task A_take_sung_200_ms_late_with_a_latency_of_200_ms_scores_like_the_take_sung_on_time()
    {
        var onTime = await SingAsync(SongTakes.SingTwinkle(), Twinkle());
        var late = await SingAsync(SongTakes.SingTwinkle(lateSeconds: 0.2), Twinkle(latencyMs: 200));

        Assert.InRange(late.Summary.Karaoke!.Score, onTime.Summary.Karaoke!.Score - 300, onTime.Summary.Karaoke.Score + 300);
    }

    [Fact]
    public async Task A_take_sung_200_ms_late_without_its_latency_scores_well_below_the_take_sung_on_time()
    {
        var onTime = await SingAsync(SongTakes.SingTwinkle(), Twinkle());
        var late = await SingAsync(SongTakes.SingTwinkle(lateSeconds: 0.2), Twinkle());

        Assert.True(late.Summary.Karaoke!.Score < onTime.Summary.Karaoke!.Score - 1500,
            $"late {late.Summary.Karaoke.Score}, on time {onTime.Summary.Karaoke.Score}");
    }

    [Fact]
    public async Task Take_json_records_the_karaoke_summary()
    {
        var take = await SingAsync(SongTakes.SingTwinkle(), Twinkle(difficulty: "hard"));

        var record = TakeOnDisk.Load(host.Factory.TakeFolder(take.SingerId, take.Summary.TakeId)).Record.GetProperty("karaoke");
        var summary = take.Summary.Karaoke!;
        Assert.Equal("hard", summary.Difficulty);
        Assert.Equal(SongTakes.TwinkleId, record.GetProperty("songId").GetString());
        Assert.Equal("hard", record.GetProperty("difficulty").GetString());
        Assert.Equal(summary.Score, record.GetProperty("score").GetDouble());
        Assert.Equal(summary.NotesHit, record.GetProperty("notesHit").GetInt32());
        Assert.Equal(summary.NotesScored, record.GetProperty("notesScored").GetInt32());
        Assert.Equal(summary.Phrases.Select(p => (p.Index, p.Rating)),
            record.GetProperty("phrases").EnumerateArray().Select(p => (p.GetProperty("index").GetInt32(), p.GetProperty("rating").GetString()!)));
    }

    [Fact]
    public async Task A_take_abandoned_mid_song_records_its_score_with_the_unsung_lines_missed()
    {
        // 13 s: the first two lines (they end at 11.85 s) and the start of the third.
        var sung = SyntheticVoice.Chunks(SongTakes.SingTwinkle())[..325];
        var singerId = HostFixture.NewSingerId();
        string takeId;
        await using (var singer = await SingerClient.ConnectAsync(host, singerId))
        {
            takeId = (await singer.StartSessionAsync(Twinkle())).TakeId;
            for (var i = 0; i < sung.Count; i++)
                await singer.SendChunkAsync(i, sung[i]);
        }

        // The closed connection's take waits for a resume; the singer's next take gives it up.
        await host.Factory.WaitUntilWaitingForResumeAsync(takeId);
        await using (var again = await SingerClient.ConnectAsync(host, singerId))
        {
            await again.StartSessionAsync(Twinkle());
            await again.EndSessionAsync();
        }

        var record = TakeOnDisk.Load(host.Factory.TakeFolder(singerId, takeId)).Record.GetProperty("karaoke");
        var ratings = record.GetProperty("phrases").EnumerateArray().Select(p => p.GetProperty("rating").GetString()).ToList();
        Assert.Equal(LineCount, ratings.Count);
        Assert.All(ratings[..2], r => Assert.Contains(r, new[] { "great", "perfect" }));
        Assert.All(ratings[3..], r => Assert.Equal("miss", r));
        Assert.InRange(record.GetProperty("score").GetDouble(), 1500, 5000);
    }

    [Fact]
    public async Task Starting_a_take_for_an_unknown_song_fails_with_SongNotFound_and_opens_no_take()
    {
        await using var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());

        var error = await Assert.ThrowsAsync<HubException>(() => singer.StartSessionAsync(new StartSessionRequest { SampleRate = 16_000, SongId = "no-such-song" }));

        Assert.Contains("[SongNotFound] ", error.Message);
        Assert.Contains("no-such-song", error.Message);
        // Nothing was opened, so the singer can start a take right away.
        await singer.StartSessionAsync(Twinkle());
    }

    [Theory]
    [InlineData("impossible")]
    [InlineData("Medium")]
    public async Task A_difficulty_other_than_easy_medium_or_hard_is_an_InvalidRequest(string difficulty)
    {
        await using var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());

        var error = await Assert.ThrowsAsync<HubException>(() => singer.StartSessionAsync(Twinkle(difficulty: difficulty)));

        Assert.Contains("[InvalidRequest] ", error.Message);
        Assert.Contains("difficulty", error.Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1000.5)]
    [InlineData(double.NaN)]
    public async Task A_latency_outside_0_to_1000_ms_is_an_InvalidRequest(double latencyMs)
    {
        await using var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());

        var error = await Assert.ThrowsAsync<HubException>(() => singer.StartSessionAsync(Twinkle(latencyMs: latencyMs)));

        Assert.Contains("[InvalidRequest] ", error.Message);
        Assert.Contains("latencyMs", error.Message);
    }

    [Fact]
    public async Task A_difficulty_without_a_song_is_an_InvalidRequest()
    {
        await using var singer = await SingerClient.ConnectAsync(host, HostFixture.NewSingerId());

        var error = await Assert.ThrowsAsync<HubException>(() => singer.StartSessionAsync(new StartSessionRequest { SampleRate = 16_000, Difficulty = "easy" }));

        Assert.Contains("[InvalidRequest] ", error.Message);
        Assert.Contains("songId", error.Message);
    }

    [Fact]
    public async Task A_take_without_a_song_carries_no_notes_phrases_score_or_karaoke_summary()
    {
        var take = await SingAsync(SyntheticVoice.Melody(("A3", 1.0), ("rest", 0.3), ("C4", 1.0)), new StartSessionRequest { SampleRate = 16_000 });

        Assert.All(take.Chunks, c => Assert.Equal((0, 0, 0.0), (c.Notes.Length, c.Phrases.Length, c.Score)));
        Assert.Null(take.Summary.Karaoke);
        var record = TakeOnDisk.Load(host.Factory.TakeFolder(take.SingerId, take.Summary.TakeId)).Record;
        Assert.Equal(JsonValueKind.Null, record.GetProperty("karaoke").ValueKind);
    }

    private static StartSessionRequest Twinkle(string? difficulty = null, double? latencyMs = null) => new()
    {
        SampleRate = 16_000,
        SongId = SongTakes.TwinkleId,
        Difficulty = difficulty,
        LatencyMs = latencyMs,
    };

    private async Task<StreamedTake> SingAsync(short[] samples, StartSessionRequest request)
    {
        var singerId = HostFixture.NewSingerId();
        await using var singer = await SingerClient.ConnectAsync(host, singerId);
        await singer.StartSessionAsync(request);
        var chunks = new List<ChunkResult>();
        var sequence = 0;
        foreach (var pcm in SyntheticVoice.Chunks(samples))
            chunks.Add(await singer.SendChunkAsync(sequence++, pcm));
        var summary = await singer.EndSessionAsync();
        return new StreamedTake(singerId, chunks, summary);
    }

    private sealed record StreamedTake(string SingerId, List<ChunkResult> Chunks, SessionSummary Summary);
}
