namespace SingKing.Dsp.Tests.Range;

public sealed class NoteNamesTests
{
    [Theory]
    [InlineData(440.0, 69, "A4")]
    [InlineData(82.41, 40, "E2")]
    [InlineData(261.63, 60, "C4")]
    [InlineData(277.18, 61, "C#4")]
    [InlineData(1046.5, 84, "C6")]
    [InlineData(8.1758, 0, "C-1")]
    public void Frequencies_get_the_nearest_equal_tempered_note_and_its_sharp_name(double hz, int midi, string name)
    {
        Assert.Equal(midi, NoteNames.NearestMidi(hz));
        Assert.Equal(name, NoteNames.NameOf(hz));
    }

    [Fact]
    public void A_pitch_49_cents_sharp_still_names_the_note_below()
    {
        Assert.Equal("A4", NoteNames.NameOf(440 * Math.Pow(2, 49 / 1200.0)));
        Assert.Equal("A#4", NoteNames.NameOf(440 * Math.Pow(2, 51 / 1200.0)));
    }

    [Fact]
    public void Hz_and_midi_pitch_are_inverse()
    {
        Assert.Equal(82.4069, NoteNames.Hz(40), 1e-4);
        Assert.Equal(40.0, NoteNames.MidiPitch(NoteNames.Hz(40)), 1e-12);
    }
}
