using SingKing.Host.Boards;
using SingKing.Host.Tests.Karaoke;
using SingKing.Storage.Takes;

namespace SingKing.Host.Tests.Boards;

/// <summary>Which saved takes may enter a board: each rule on a take that passes every other.</summary>
public sealed class BoardGateTests
{
    private static Take Plausible() => new()
    {
        Id = "take-1",
        SingerId = 7,
        SongId = SongTakes.TwinkleId,
        Status = TakeOutcome.Complete,
        TotalScore = 8123,
        DurationSeconds = BoardGate.SungPartSeconds(SongTakes.Twinkle) + 1,
        AudioPath = "takes/account-7/take-1/audio.wav",
        ReportJson = """{"takeId":"take-1","total":8123.4,"rating":"Superstar"}""",
        EndedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void A_complete_scored_take_with_audio_covering_the_sung_part_and_a_matching_report_enters() =>
        Assert.Equal(BoardVerdict.Enters, BoardGate.Judge(Plausible(), SongTakes.Twinkle));

    [Fact]
    public void A_take_without_audio_stays_off() =>
        Assert.Equal(BoardVerdict.NoAudio, BoardGate.Judge(Plausible() with { AudioPath = null }, SongTakes.Twinkle));

    [Fact]
    public void A_take_shorter_than_the_songs_sung_part_stays_off() =>
        Assert.Equal(BoardVerdict.ShorterThanSungPart, BoardGate.Judge(Plausible() with { DurationSeconds = BoardGate.SungPartSeconds(SongTakes.Twinkle) - 0.5 }, SongTakes.Twinkle));

    [Fact]
    public void A_take_whose_stored_score_differs_from_its_reports_total_stays_off() =>
        Assert.Equal(BoardVerdict.ScoreNotReproduced, BoardGate.Judge(Plausible() with { TotalScore = 9999 }, SongTakes.Twinkle));

    [Fact]
    public void A_take_without_a_report_stays_off() =>
        Assert.Equal(BoardVerdict.ScoreNotReproduced, BoardGate.Judge(Plausible() with { ReportJson = null }, SongTakes.Twinkle));

    [Fact]
    public void An_abandoned_take_stays_off() =>
        Assert.Equal(BoardVerdict.NotFinished, BoardGate.Judge(Plausible() with { Status = TakeOutcome.Abandoned }, SongTakes.Twinkle));

    [Fact]
    public void Free_singing_stays_off() =>
        Assert.Equal(BoardVerdict.NoSong, BoardGate.Judge(Plausible() with { SongId = null }, null));

    [Fact]
    public void The_sung_part_of_twinkle_runs_from_its_first_note_to_the_end_of_its_last()
    {
        var notes = SongTakes.Twinkle.Voices[0].Notes.ToList();
        var expected = SongTakes.Twinkle.NoteEndSeconds(notes[^1]) - SongTakes.Twinkle.NoteStartSeconds(notes[0]);

        Assert.Equal(expected, BoardGate.SungPartSeconds(SongTakes.Twinkle), 6);
    }
}
