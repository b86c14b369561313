using SingKing.Dsp.Synthesis;

namespace SingKing.Dsp.Tests.Synthesis;

public sealed class BackingArrangementTests
{
    [Fact]
    public void Arrangement_reads_time_count_in_pickup_and_chords_per_bar()
    {
        var arrangement = BackingArrangement.Parse("""
            # Amazing Grace
            time: 3/4
            count-in: 2
            pickup: 1
            bars:
            G | G7 | C
            F C | -
            """);

        Assert.Equal(3, arrangement.BeatsPerBar);
        Assert.Equal(2, arrangement.CountInBars);
        Assert.Equal(1.0, arrangement.PickupBeats);
        Assert.Equal(["G", "G7", "C", "F C", "-"], arrangement.Bars.Select(b => string.Join(' ', b.Select(c => c.Symbol))));
    }

    [Theory]
    [InlineData("C", 0, new[] { 0, 4, 7 }, 0)]
    [InlineData("Am", 9, new[] { 0, 3, 7 }, 9)]
    [InlineData("G7", 7, new[] { 0, 4, 7, 10 }, 7)]
    [InlineData("Bbmaj7", 10, new[] { 0, 4, 7, 11 }, 10)]
    [InlineData("F#m7", 6, new[] { 0, 3, 7, 10 }, 6)]
    [InlineData("Bdim", 11, new[] { 0, 3, 6 }, 11)]
    [InlineData("C/G", 0, new[] { 0, 4, 7 }, 7)]
    public void Chord_symbols_give_root_tones_and_bass(string symbol, int root, int[] intervals, int bass)
    {
        Assert.True(BackingChord.TryParse(symbol, out var chord));
        Assert.Equal(root, chord.RootPitchClass);
        Assert.Equal(intervals, chord.Intervals);
        Assert.Equal(bass, chord.BassPitchClass);
    }

    [Fact]
    public void An_unknown_chord_symbol_is_an_error_naming_its_line()
    {
        var error = Assert.Throws<BackingArrangementException>(() => BackingArrangement.Parse("time: 4/4\nbars:\nC | G\nC | Hm7 | C"));

        Assert.Equal(4, error.LineNumber);
        Assert.Contains("\"Hm7\"", error.Message);
    }

    [Fact]
    public void A_missing_time_signature_is_an_error()
    {
        var error = Assert.Throws<BackingArrangementException>(() => BackingArrangement.Parse("bars: C | G"));

        Assert.Contains("time signature", error.Message);
    }

    [Fact]
    public void More_chords_than_beats_in_a_bar_is_an_error()
    {
        Assert.Throws<BackingArrangementException>(() => BackingArrangement.Parse("time: 2/4\nbars: C F G"));
    }
}
