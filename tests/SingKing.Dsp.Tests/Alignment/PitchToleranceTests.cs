using SingKing.Dsp.Alignment;

namespace SingKing.Dsp.Tests.Alignment;

/// <summary>The partial-credit curves and the octave folding, on exact numbers.</summary>
public sealed class PitchToleranceTests
{
    [Theory]
    [InlineData(Difficulty.Easy, 1.0, 1.0)]
    [InlineData(Difficulty.Easy, 1.5, 0.5)]
    [InlineData(Difficulty.Easy, 2.0, 0.0)]
    [InlineData(Difficulty.Medium, 0.5, 1.0)]
    [InlineData(Difficulty.Medium, 1.0, 0.5)]
    [InlineData(Difficulty.Medium, 1.5, 0.0)]
    [InlineData(Difficulty.Hard, 0.5, 1.0)]
    [InlineData(Difficulty.Hard, 0.75, 0.5)]
    [InlineData(Difficulty.Hard, 1.0, 0.0)]
    public void Credit_is_full_within_the_tolerance_and_falls_linearly_to_none(Difficulty difficulty, double semitones, double credit)
    {
        var tolerance = PitchTolerance.For(difficulty);

        Assert.Equal(credit, tolerance.Credit(semitones), 9);
        Assert.Equal(credit, tolerance.Credit(-semitones), 9);
    }

    [Theory]
    [InlineData(57.0, 69, 0.0)]     // A3 against A4: an octave down is no fault
    [InlineData(81.3, 69, 0.3)]     // an octave up, 30 cents sharp
    [InlineData(70.0, 69, 1.0)]
    [InlineData(56.0, 69, -1.0)]    // an octave down and a semitone flat
    [InlineData(63.0, 69, -6.0)]    // a tritone is as far as folding goes
    [InlineData(75.0, 69, -6.0)]
    public void The_sung_pitch_is_folded_to_within_six_semitones_of_the_note(double sungMidi, int noteMidi, double distance)
    {
        Assert.Equal(distance, OctaveFolding.Distance(sungMidi, noteMidi), 9);
        Assert.Equal(noteMidi + distance, OctaveFolding.Fold(sungMidi, noteMidi), 9);
    }
}
