using SingKing.Dsp.Synthesis;

namespace SingKing.Dsp.Tests.Synthesis;

public sealed class SungNoteTests
{
    [Theory]
    [InlineData("A4", 69)]
    [InlineData("C4", 60)]
    [InlineData("C#5", 73)]
    [InlineData("Bb2", 46)]
    [InlineData("E2", 40)]
    [InlineData("C6", 84)]
    public void Note_names_map_to_MIDI_pitches(string name, int midi) => Assert.Equal(midi, SungNote.ParseMidi(name));

    [Theory]
    [InlineData("H4")]
    [InlineData("A")]
    [InlineData("A#x")]
    public void A_malformed_note_name_is_rejected_with_an_example(string name)
    {
        var error = Assert.Throws<FormatException>(() => SungNote.ParseMidi(name));
        Assert.Contains("A4", error.Message);
    }

    [Fact]
    public void A4_is_440_Hz_and_E2_is_82_41_Hz()
    {
        Assert.Equal(440.0, SungNote.FromName("A4", 0, 1).FrequencyHz, 1e-9);
        Assert.Equal(82.407, SungNote.FromName("E2", 0, 1).FrequencyHz, 1e-3);
    }

    [Fact]
    public void Overlapping_notes_are_rejected()
    {
        SungNote[] notes = [new(220, 0, 1), new(330, 0.5, 1)];
        Assert.Throws<ArgumentException>(() => new F0Contour(notes));
    }
}
