using SingKing.Dsp.Charts;

namespace SingKing.Dsp.Tests.Charts;

public sealed class UltraStarHeaderTests
{
    private static Chart AmazingGrace()
    {
        var result = UltraStarParser.Parse(ChartFiles.Read("amazing-grace.txt"));
        Assert.Empty(result.Errors);
        return result.Chart!;
    }

    [Fact]
    public void Every_standard_header_of_a_version_1_chart_is_read()
    {
        var chart = AmazingGrace();

        Assert.Equal("1.0.0", chart.Version);
        Assert.Equal("Amazing Grace", chart.Title);
        Assert.Equal("John Newton", chart.Artist);
        Assert.Equal(150.5, chart.Bpm);
        Assert.Equal(1200, chart.GapMs);
        Assert.Equal(0.5, chart.StartSeconds);
        Assert.Equal(61000, chart.EndMs);
        Assert.Equal("amazing-grace [VOC].ogg", chart.Vocals);
        Assert.Equal("amazing-grace [INSTR].ogg", chart.Instrumental);
        Assert.Equal("amazing-grace [CO].jpg", chart.Cover);
        Assert.Equal("amazing-grace [BG].jpg", chart.Background);
        Assert.Equal("amazing-grace.mp4", chart.Video);
        Assert.Equal(-1.25, chart.VideoGapSeconds);
        Assert.Equal(12.5, chart.PreviewStartSeconds);
        Assert.Equal(16, chart.MedleyStartBeat);
        Assert.Equal(96, chart.MedleyEndBeat);
        Assert.Equal("English", chart.Language);
        Assert.Equal("Hymn", chart.Genre);
        Assert.Equal(1779, chart.Year);
        Assert.Equal("ballad, public domain", chart.Tags);
        Assert.False(chart.IsRelative);
    }

    [Fact]
    public void AUDIO_wins_over_MP3_when_both_are_given()
    {
        Assert.Equal("amazing-grace.ogg", AmazingGrace().Audio);
    }

    [Fact]
    public void MP3_names_the_audio_when_there_is_no_AUDIO()
    {
        var chart = UltraStarParser.Parse(ChartText.WithBody(": 0 4 0 la")).Chart!;
        Assert.Equal("song.mp3", chart.Audio);
    }

    [Fact]
    public void Unknown_headers_are_kept_in_file_order_with_upper_case_keys()
    {
        var unknown = AmazingGrace().UnknownHeaders;

        Assert.Equal(["CREATOR", "SINGKING-DIFFICULTY", "COMMENT"], unknown.Select(h => h.Key));
        Assert.Equal(["SingKing", "easy", "charted for the tests"], unknown.Select(h => h.Value));
        Assert.Equal([23, 24, 25], unknown.Select(h => h.LineNumber));
    }

    [Fact]
    public void Header_keys_are_case_insensitive_and_whitespace_around_keys_and_values_is_ignored()
    {
        var chart = UltraStarParser.Parse("#title: Danny Boy \n# Artist :Traditional\n#bPm: 200\n#mp3:danny.ogg\n: 0 4 0 Oh\n").Chart!;

        Assert.Equal("Danny Boy", chart.Title);
        Assert.Equal("Traditional", chart.Artist);
        Assert.Equal(200, chart.Bpm);
    }

    [Fact]
    public void An_empty_header_value_counts_as_absent()
    {
        var result = UltraStarParser.Parse("#TITLE:Song\n#ARTIST:\n#BPM:200\n#MP3:a.mp3\n#COVER:\n: 0 4 0 la\n");

        Assert.Null(result.Chart);
        var error = Assert.Single(result.Errors);
        Assert.Contains("#ARTIST", error.Message);
    }

    [Fact]
    public void A_header_value_may_contain_colons()
    {
        var chart = UltraStarParser.Parse("#TITLE:Live: at the Hall\n#ARTIST:A\n#BPM:200\n#MP3:a.mp3\n: 0 4 0 la\n").Chart!;
        Assert.Equal("Live: at the Hall", chart.Title);
    }

    [Fact]
    public void A_legacy_chart_without_VERSION_is_read_with_a_null_version()
    {
        var chart = UltraStarParser.Parse(ChartText.WithBody(": 0 4 0 la")).Chart!;
        Assert.Null(chart.Version);
    }

    [Theory]
    [InlineData("#TITLE", "#TITLE header is missing")]
    [InlineData("#ARTIST", "#ARTIST header is missing")]
    [InlineData("#BPM", "#BPM header is missing")]
    [InlineData("#MP3", "neither #AUDIO nor #MP3")]
    public void A_missing_required_header_is_an_error_that_says_what_to_add(string header, string expected)
    {
        var text = string.Join('\n', ChartText.WithBody(": 0 4 0 la").Split('\n').Where(l => !l.StartsWith(header + ":", StringComparison.Ordinal)));

        var result = UltraStarParser.Parse(text);

        Assert.Null(result.Chart);
        var error = Assert.Single(result.Errors);
        Assert.Contains(expected, error.Message);
        Assert.Contains("add", error.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-120")]
    public void A_BPM_of_zero_or_less_is_an_error_at_its_line(string bpm)
    {
        var result = UltraStarParser.Parse($"#TITLE:T\n#ARTIST:A\n#BPM:{bpm}\n#MP3:a.mp3\n: 0 4 0 la\n");

        Assert.Null(result.Chart);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.LineNumber);
        Assert.Contains("above 0", error.Message);
    }

    [Fact]
    public void A_repeated_header_keeps_the_first_value_and_warns()
    {
        var result = UltraStarParser.Parse("#TITLE:First\n#ARTIST:A\n#BPM:200\n#MP3:a.mp3\n#TITLE:Second\n: 0 4 0 la\n");

        Assert.Equal("First", result.Chart!.Title);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(5, warning.LineNumber);
        Assert.Contains("first on line 1", warning.Message);
    }

    [Fact]
    public void A_version_newer_than_1_is_read_with_a_warning()
    {
        var result = UltraStarParser.Parse("#VERSION:2.0.0\n" + ChartText.WithBody(": 0 4 0 la"));

        Assert.NotNull(result.Chart);
        Assert.Contains(result.Warnings, w => w.LineNumber == 1 && w.Message.Contains("newer"));
    }

    [Fact]
    public void A_malformed_version_is_an_error()
    {
        var result = UltraStarParser.Parse("#VERSION:one\n" + ChartText.WithBody(": 0 4 0 la"));

        Assert.Null(result.Chart);
        Assert.Equal(1, Assert.Single(result.Errors).LineNumber);
    }

    [Fact]
    public void A_metadata_year_that_is_not_a_number_is_only_a_warning()
    {
        var result = UltraStarParser.Parse("#YEAR:nineteen\n" + ChartText.WithBody(": 0 4 0 la"));

        Assert.Null(result.Chart!.Year);
        Assert.Contains(result.Warnings, w => w.LineNumber == 1 && w.Message.Contains("#YEAR"));
    }

    [Fact]
    public void A_header_after_the_first_note_is_ignored_with_a_warning()
    {
        var result = UltraStarParser.Parse(ChartText.WithBody(": 0 4 0 la", "#GENRE:Pop", ": 4 4 0 la"));

        Assert.Null(result.Chart!.Genre);
        Assert.Equal(6, Assert.Single(result.Warnings).LineNumber);
    }
}
