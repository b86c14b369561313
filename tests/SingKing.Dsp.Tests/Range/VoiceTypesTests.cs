using SingKing.Dsp.Range;

namespace SingKing.Dsp.Tests.Range;

public sealed class VoiceTypesTests
{
    [Theory]
    [InlineData("E2", "E4", VoiceType.Bass)]
    [InlineData("G2", "G4", VoiceType.Baritone)]
    [InlineData("A2", "A4", VoiceType.Baritone)]
    [InlineData("C3", "C5", VoiceType.Tenor)]
    [InlineData("F3", "F5", VoiceType.Alto)]
    [InlineData("A3", "A5", VoiceType.MezzoSoprano)]
    [InlineData("C4", "C6", VoiceType.Soprano)]
    public void Each_classical_range_is_classified_as_its_own_type(string lowest, string highest, VoiceType expected)
    {
        Assert.Equal(expected, VoiceTypes.Classify(Midi(lowest), Midi(highest)));
    }

    [Theory]
    [InlineData("C3", "G3", VoiceType.Bass)]           // centre between E3 and F3; bass is centred on E3
    [InlineData("E4", "E5", VoiceType.MezzoSoprano)]   // centre A#4; mezzo is centred on A4, soprano on C5
    public void A_short_test_range_is_judged_by_its_centre(string lowest, string highest, VoiceType expected)
    {
        Assert.Equal(expected, VoiceTypes.Classify(Midi(lowest), Midi(highest)));
    }

    [Fact]
    public void A_tie_between_centres_goes_to_the_type_whose_bottom_matches_the_singers()
    {
        // C3–F5 and F3–C5 share the centre 62.5, 2.5 semitones from both tenor (C3–C5) and alto (F3–F5).
        Assert.Equal(VoiceType.Tenor, VoiceTypes.Classify(Midi("C3"), Midi("F5")));
        Assert.Equal(VoiceType.Alto, VoiceTypes.Classify(Midi("F3"), Midi("C5")));
    }

    [Theory]
    [InlineData(VoiceType.Bass, "bass")]
    [InlineData(VoiceType.MezzoSoprano, "mezzo-soprano")]
    [InlineData(VoiceType.Soprano, "soprano")]
    public void Slugs_are_the_lower_case_names_of_the_contract(VoiceType type, string slug)
    {
        Assert.Equal(slug, VoiceTypes.Slug(type));
    }

    private static int Midi(string name) => SingKing.Dsp.Synthesis.SungNote.ParseMidi(name);
}
