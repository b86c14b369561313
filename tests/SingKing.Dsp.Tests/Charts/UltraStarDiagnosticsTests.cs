using System.Text;
using SingKing.Dsp.Charts;

namespace SingKing.Dsp.Tests.Charts;

public sealed class UltraStarDiagnosticsTests
{
    [Fact]
    public void A_broken_file_reports_every_broken_line_with_its_number()
    {
        var result = UltraStarParser.Parse(ChartFiles.Read("broken.txt"));

        Assert.Null(result.Chart);
        Assert.Equal([2, 4, 6, 7, 8, 9, 10, 11, 12, 0], result.Errors.Select(e => e.LineNumber));
        Assert.Contains("#BPM \"abc\" is not a number", result.Errors[0].Message);
        Assert.Contains("has no colon", result.Errors[1].Message);
        Assert.Contains("note start \"x\" is not a whole number of beats", result.Errors[2].Message);
        Assert.Contains("note length \"y\" is not a whole number of beats", result.Errors[3].Message);
        Assert.Contains("note pitch \"z\" is not a whole number of semitones", result.Errors[4].Message);
        Assert.Contains("note has no pitch", result.Errors[5].Message);
        Assert.Contains("\"hello there\" is not a note", result.Errors[6].Message);
        Assert.Contains("phrase end has no beat", result.Errors[7].Message);
        Assert.Contains("voice P0 does not exist", result.Errors[8].Message);
        Assert.Contains("#ARTIST header is missing", result.Errors[9].Message);
    }

    [Fact]
    public void An_error_reads_with_its_line_number_first()
    {
        var result = UltraStarParser.Parse(ChartText.WithBody(": 0 4 0 la", ": 4 x 0 la"));

        Assert.Equal("line 6: note length \"x\" is not a whole number of beats; a note reads TYPE START LENGTH PITCH TEXT, such as \": 12 4 0 la\"",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void A_note_without_its_numbers_says_which_fields_are_missing()
    {
        var result = UltraStarParser.Parse(ChartText.WithBody(": 0 4 0 la", ": 4"));

        Assert.Contains("no length and pitch", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_negative_note_length_is_an_error()
    {
        var result = UltraStarParser.Parse(ChartText.WithBody(": 0 4 0 la", ": 4 -4 0 la"));

        Assert.Contains("negative", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_relative_phrase_end_without_its_offset_is_an_error()
    {
        var result = UltraStarParser.Parse("#RELATIVE:yes\n" + ChartText.WithBody(": 0 4 0 la", "- 6", ": 0 4 0 la"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(7, error.LineNumber);
        Assert.Contains("two numbers", error.Message);
    }

    [Fact]
    public void A_chart_with_headers_but_no_notes_is_an_error()
    {
        var result = UltraStarParser.Parse(ChartText.Headers + "E\n");

        Assert.Contains("no notes", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Overlapping_notes_give_a_warning_naming_both_lines()
    {
        var result = UltraStarParser.Parse(ChartText.WithBody(": 0 8 0 a", ": 4 4 2 b"));

        Assert.NotNull(result.Chart);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(6, warning.LineNumber);
        Assert.Contains("overlaps the note on line 5", warning.Message);
    }

    [Fact]
    public void Notes_out_of_time_order_give_a_warning()
    {
        var result = UltraStarParser.Parse(ChartText.WithBody(": 8 4 0 a", ": 0 4 2 b"));

        Assert.NotNull(result.Chart);
        Assert.Contains("time order", Assert.Single(result.Warnings).Message);
    }

    [Fact]
    public void A_zero_length_note_gives_a_warning()
    {
        var result = UltraStarParser.Parse(ChartText.WithBody(": 0 0 0 a"));

        Assert.Contains("zero length", Assert.Single(result.Warnings).Message);
    }

    [Theory]
    [InlineData(-40)]
    [InlineData(40)]
    public void A_pitch_outside_C1_to_C7_gives_a_warning(int pitch)
    {
        var result = UltraStarParser.Parse(ChartText.WithBody($": 0 4 {pitch} a"));

        Assert.NotNull(result.Chart);
        Assert.Contains("outside C1–C7", Assert.Single(result.Warnings).Message);
    }

    [Theory]
    [InlineData(-36)] // C1
    [InlineData(36)] // C7
    public void Pitches_at_the_edges_of_C1_to_C7_give_no_warning(int pitch)
    {
        Assert.Empty(UltraStarParser.Parse(ChartText.WithBody($": 0 4 {pitch} a")).Warnings);
    }

    [Fact]
    public void An_absurd_pitch_on_a_rap_note_is_not_warned_about_because_rap_ignores_pitch()
    {
        Assert.Empty(UltraStarParser.Parse(ChartText.WithBody("R 0 4 90 yo")).Warnings);
    }

    [Fact]
    public void A_phrase_end_inside_a_note_gives_a_warning()
    {
        var result = UltraStarParser.Parse(ChartText.WithBody(": 0 8 0 a", "- 4", ": 10 4 0 b"));

        Assert.Contains("falls inside the note on line 5", Assert.Single(result.Warnings).Message);
    }

    [Fact]
    public void Two_phrase_ends_in_a_row_give_a_warning_and_the_second_is_ignored()
    {
        var result = UltraStarParser.Parse(ChartText.WithBody(": 0 4 0 a", "- 6", "- 7", ": 8 4 0 b"));

        Assert.Equal(2, result.Chart!.Voices[0].Phrases.Count);
        Assert.Equal(7, Assert.Single(result.Warnings).LineNumber);
    }

    [Fact]
    public void Errors_stop_being_listed_after_the_cap_but_the_last_entry_says_so()
    {
        var body = Enumerable.Range(0, 500).Select(i => $": {i * 4} x 0 la").ToArray();

        var result = UltraStarParser.Parse(ChartText.WithBody(body));

        Assert.Equal(UltraStarParser.MaxReportedDiagnostics + 1, result.Errors.Count);
        Assert.Contains("more than 100 errors", result.Errors[^1].Message);
    }

    [Fact]
    public void A_file_larger_than_the_size_cap_is_an_error_without_reading_it()
    {
        var bytes = new byte[UltraStarParser.MaxFileBytes + 1];
        Encoding.ASCII.GetBytes(ChartText.WithBody(": 0 4 0 la")).CopyTo(bytes, 0);

        var result = UltraStarParser.Parse(bytes);

        Assert.Null(result.Chart);
        Assert.Contains("more than the 1024 KiB", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_clean_chart_has_no_errors_and_no_warnings()
    {
        var result = UltraStarParser.Parse(ChartFiles.Read("twinkle-relative.txt"));

        Assert.True(result.Succeeded);
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
    }
}
