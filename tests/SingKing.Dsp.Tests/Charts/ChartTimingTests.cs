using SingKing.Dsp.Charts;

namespace SingKing.Dsp.Tests.Charts;

public sealed class ChartTimingTests
{
    [Fact]
    public void A_beat_lasts_a_quarter_of_a_BPM_beat()
    {
        var chart = UltraStarParser.Parse("#TITLE:T\n#ARTIST:A\n#BPM:300\n#MP3:a.mp3\n: 0 4 0 la\n").Chart!;

        Assert.Equal(0.05, chart.SecondsPerBeat, 12);
        Assert.Equal(1.0, chart.BeatToSeconds(20), 12);
    }

    [Fact]
    public void GAP_in_milliseconds_places_beat_0_and_a_decimal_comma_BPM_sets_the_beat_length()
    {
        var chart = UltraStarParser.Parse(ChartFiles.Read("amazing-grace.txt")).Chart!;

        // #BPM:150,5 → 602 beats per minute; #GAP:1200 → beat 0 at 1.2 s.
        Assert.Equal(1.2, chart.BeatToSeconds(0), 12);
        Assert.Equal(1.2 + 16 * 60.0 / 602.0, chart.BeatToSeconds(16), 12);
    }

    [Fact]
    public void A_decimal_point_BPM_reads_the_same_as_a_decimal_comma()
    {
        var comma = UltraStarParser.Parse("#TITLE:T\n#ARTIST:A\n#BPM:150,5\n#MP3:a.mp3\n: 0 4 0 la\n").Chart!;
        var point = UltraStarParser.Parse("#TITLE:T\n#ARTIST:A\n#BPM:150.5\n#MP3:a.mp3\n: 0 4 0 la\n").Chart!;

        Assert.Equal(comma.Bpm, point.Bpm);
    }

    [Fact]
    public void Note_start_and_end_seconds_follow_its_beats()
    {
        var chart = UltraStarParser.Parse(ChartFiles.Read("doraji-duet.txt")).Chart!;
        var note = chart.Voices[1].Notes.First(); // beats 40–44 at #BPM:200, #GAP:500

        Assert.Equal(0.5 + 40 * 60.0 / 800.0, chart.NoteStartSeconds(note), 12);
        Assert.Equal(0.5 + 44 * 60.0 / 800.0, chart.NoteEndSeconds(note), 12);
    }

    [Theory]
    [InlineData(0, 60, 261.6256)]
    [InlineData(9, 69, 440.0)]
    [InlineData(-12, 48, 130.8128)]
    [InlineData(-2, 58, 233.0819)]
    public void Pitch_0_is_C4_so_the_MIDI_note_is_60_plus_the_pitch(int pitch, int midi, double hz)
    {
        var note = new ChartNote(ChartNoteType.Normal, 0, 4, pitch, "la");

        Assert.Equal(midi, note.MidiNote);
        Assert.Equal(hz, note.FrequencyHz, 3);
    }
}
