using SingKing.Dsp.Charts;

namespace SingKing.Dsp.Tests.Charts;

public sealed class UltraStarBodyTests
{
    private static Chart Parse(string text)
    {
        var result = UltraStarParser.Parse(text);
        Assert.Empty(result.Errors);
        return result.Chart!;
    }

    private static Chart ParseFile(string name)
    {
        var result = UltraStarParser.Parse(ChartFiles.Read(name));
        Assert.Empty(result.Errors);
        return result.Chart!;
    }

    [Fact]
    public void A_note_line_gives_type_start_length_pitch_and_text()
    {
        var note = Parse(ChartText.WithBody(": 12 4 -3 la")).Voices[0].Notes.Single();

        Assert.Equal(new ChartNote(ChartNoteType.Normal, 12, 4, -3, "la"), note);
        Assert.Equal(16, note.EndBeat);
    }

    [Theory]
    [InlineData(":", ChartNoteType.Normal)]
    [InlineData("*", ChartNoteType.Golden)]
    [InlineData("R", ChartNoteType.Rap)]
    [InlineData("G", ChartNoteType.GoldenRap)]
    [InlineData("F", ChartNoteType.Freestyle)]
    public void Each_note_type_character_gives_its_type(string tag, ChartNoteType type)
    {
        Assert.Equal(type, Parse(ChartText.WithBody($"{tag} 0 4 0 la")).Voices[0].Notes.Single().Type);
    }

    [Fact]
    public void Golden_notes_are_golden_and_freestyle_notes_are_not_scored()
    {
        var notes = Parse(ChartText.WithBody("* 0 4 0 a", "G 4 4 0 b", "F 8 4 0 c", "R 12 4 0 d")).Voices[0].Notes.ToList();

        Assert.Equal([true, true, false, false], notes.Select(n => n.IsGolden));
        Assert.Equal([true, true, false, true], notes.Select(n => n.IsScored));
        Assert.Equal([true, false, false, false], notes.Select(n => n.HasPitch));
    }

    [Fact]
    public void An_unknown_note_type_is_read_as_freestyle_with_a_warning()
    {
        var result = UltraStarParser.Parse(ChartText.WithBody("X 0 4 0 la"));

        Assert.Equal(ChartNoteType.Freestyle, result.Chart!.Voices[0].Notes.Single().Type);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(5, warning.LineNumber);
        Assert.Contains("'X'", warning.Message);
    }

    [Fact]
    public void Spaces_at_either_end_of_a_syllable_are_kept_in_its_text()
    {
        var notes = Parse(ChartText.WithBody(": 0 4 0  Hel", ": 4 4 0 lo ", ": 8 4 0 world")).Voices[0].Notes.ToList();

        Assert.Equal([" Hel", "lo ", "world"], notes.Select(n => n.Text));
    }

    [Fact]
    public void Spaces_in_note_texts_are_the_word_boundaries_of_a_phrase()
    {
        var phrase = Parse(ChartText.WithBody(": 0 4 0 Hel", ": 4 4 0 lo ", ": 8 4 0 wor", ": 12 4 0 ld", ": 16 4 0  again")).Voices[0].Phrases.Single();

        Assert.Equal("Hello world again", phrase.Lyrics);
        Assert.Equal(["Hello", "world", "again"], phrase.Words);
    }

    [Fact]
    public void A_tilde_continues_the_previous_syllable_without_adding_a_letter_or_a_word()
    {
        var phrase = ParseFile("amazing-grace.txt").Voices[0].Phrases[0];

        Assert.Equal("Amazing grace,", phrase.Lyrics);
        Assert.Equal([false, false, false, true, false], phrase.Notes.Select(n => n.IsContinuation));
    }

    [Fact]
    public void Phrase_ends_split_a_voice_into_lines_with_their_end_beats()
    {
        var phrases = ParseFile("amazing-grace.txt").Voices[0].Phrases;

        Assert.Equal([26, 56, 70], phrases.Select(p => p.EndBeat));
        Assert.Equal([5, 5, 2], phrases.Select(p => p.Notes.Count));
        Assert.Equal("how sweet the sound yeah", phrases[1].Lyrics);
    }

    [Fact]
    public void The_E_line_ends_the_chart_and_everything_after_it_is_ignored()
    {
        var result = UltraStarParser.Parse(ChartFiles.Read("amazing-grace.txt"));

        Assert.Empty(result.Warnings);
        Assert.Equal(12, result.Chart!.Voices[0].Notes.Count());
        Assert.DoesNotContain(result.Chart.Voices[0].Notes, n => n.Text.Contains("after the end"));
    }

    [Fact]
    public void A_chart_without_an_E_line_is_read_to_its_last_line()
    {
        var chart = Parse(ChartText.WithBody(": 0 4 0 a", "- 6", ": 8 4 0 b"));

        Assert.Equal(2, chart.Voices[0].Phrases.Count);
        Assert.Equal(12, chart.Voices[0].Phrases[1].EndBeat);
    }

    [Fact]
    public void Windows_and_old_Mac_line_endings_are_read_like_line_feeds()
    {
        var unix = Parse(ChartText.WithBody(": 0 4 0 a", "- 6", ": 8 4 0 b"));
        var windows = Parse(ChartText.WithBody(": 0 4 0 a", "- 6", ": 8 4 0 b").Replace("\n", "\r\n"));
        var mac = Parse(ChartText.WithBody(": 0 4 0 a", "- 6", ": 8 4 0 b").Replace("\n", "\r"));

        Assert.Equal(unix.Voices[0].Notes, windows.Voices[0].Notes);
        Assert.Equal(unix.Voices[0].Notes, mac.Voices[0].Notes);
    }

    [Fact]
    public void Relative_mode_counts_note_beats_from_each_phrase_start()
    {
        var chart = ParseFile("twinkle-relative.txt");
        var voice = chart.Voices.Single();

        Assert.True(chart.IsRelative);
        Assert.Equal([0, 2, 4, 6, 10, 12, 14, 22, 24, 26, 28], voice.Notes.Select(n => n.StartBeat));
        Assert.Equal([8, 19, 30], voice.Phrases.Select(p => p.EndBeat));
    }

    [Fact]
    public void Relative_mode_keeps_a_separate_offset_for_each_duet_voice()
    {
        var chart = Parse("#RELATIVE:YES\n" + ChartText.WithBody(
            "P1", ": 0 4 0 a", "- 4 10", ": 0 4 0 b",
            "P2", ": 2 4 0 c", "- 6 20", ": 1 4 0 d",
            "P1", "- 5 5", ": 0 4 0 e"));

        Assert.Equal([0, 10, 15], chart.Voices[0].Notes.Select(n => n.StartBeat));
        Assert.Equal([2, 21], chart.Voices[1].Notes.Select(n => n.StartBeat));
    }

    [Fact]
    public void Outside_relative_mode_a_second_number_on_a_phrase_end_is_ignored()
    {
        var chart = Parse(ChartText.WithBody(": 0 4 0 a", "- 6 8", ": 8 4 0 b"));

        Assert.Equal([0, 8], chart.Voices[0].Notes.Select(n => n.StartBeat));
        Assert.Equal(6, chart.Voices[0].Phrases[0].EndBeat);
    }

    [Fact]
    public void A_solo_chart_has_one_voice_numbered_1()
    {
        var chart = ParseFile("amazing-grace.txt");

        Assert.False(chart.IsDuet);
        Assert.Equal(1, Assert.Single(chart.Voices).Number);
    }

    [Fact]
    public void P1_and_P2_lines_split_a_duet_into_voices_named_by_the_legacy_DUETSINGER_headers()
    {
        var chart = ParseFile("doraji-duet.txt");

        Assert.True(chart.IsDuet);
        Assert.Equal([1, 2], chart.Voices.Select(v => v.Number));
        Assert.Equal(["Minji", "Jisoo"], chart.Voices.Select(v => v.SingerName));
        Assert.Equal(["도라지", "도라지"], chart.Voices[0].Phrases.Select(p => p.Lyrics));
        Assert.Equal("백도라지", chart.Voices[1].Phrases.Single().Lyrics);
        Assert.Equal([40, 44, 48, 52], chart.Voices[1].Notes.Select(n => n.StartBeat));
    }

    [Fact]
    public void P_headers_name_duet_voices_and_win_over_the_legacy_names()
    {
        var chart = Parse("#P1:Alice\n#DUETSINGERP1:Old Alice\n#DUETSINGERP2:Bob\n" +
            ChartText.WithBody("P1", ": 0 4 0 a", "P2", ": 8 4 0 b"));

        Assert.Equal(["Alice", "Bob"], chart.Voices.Select(v => v.SingerName));
    }

    [Fact]
    public void Voices_beyond_P2_are_read_in_number_order_with_their_names()
    {
        var chart = Parse("#P1:A\n#P2:B\n#P3:C\n" + ChartText.WithBody("P3", ": 0 4 0 c", "P 1", ": 8 4 0 a", "P2", ": 16 4 0 b"));

        Assert.Equal([1, 2, 3], chart.Voices.Select(v => v.Number));
        Assert.Equal(["A", "B", "C"], chart.Voices.Select(v => v.SingerName));
        Assert.Equal(["a", "b", "c"], chart.Voices.Select(v => v.Notes.Single().Text));
    }

    [Fact]
    public void A_voice_can_come_back_after_another_and_its_notes_join_its_part()
    {
        var chart = Parse("#P1:A\n#P2:B\n" + ChartText.WithBody("P1", ": 0 4 0 a", "- 5", "P2", ": 8 4 0 b", "P1", ": 16 4 0 c"));

        Assert.Equal([0, 16], chart.Voices[0].Notes.Select(n => n.StartBeat));
        Assert.Equal(2, chart.Voices[0].Phrases.Count);
    }

    [Fact]
    public void A_duet_voice_without_a_singer_name_gets_a_warning()
    {
        var result = UltraStarParser.Parse(ChartText.WithBody("P1", ": 0 4 0 a", "P2", ": 8 4 0 b"));

        Assert.Equal(2, result.Chart!.Voices.Count);
        Assert.Equal(2, result.Warnings.Count(w => w.Message.Contains("no singer name")));
    }

    [Fact]
    public void Extra_spaces_between_note_fields_are_tolerated()
    {
        var note = Parse(ChartText.WithBody(":  8\t4   5 la")).Voices[0].Notes.Single();

        Assert.Equal((8, 4, 5, "la"), (note.StartBeat, note.LengthBeats, note.Pitch, note.Text));
    }
}
