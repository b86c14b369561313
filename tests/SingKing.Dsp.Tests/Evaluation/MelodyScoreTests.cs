using SingKing.Dsp.Evaluation;

namespace SingKing.Dsp.Tests.Evaluation;

public sealed class MelodyScoreTests
{
    // Ten frames: truth voiced in 0–7, unvoiced in 8–9.
    private static readonly float[] Truth = [220, 220, 220, 220, 220, 220, 220, 220, 0, 0];

    private static float Cents(float hz, double cents) => (float)(hz * Math.Pow(2, cents / 1200));

    [Fact]
    public void A_perfect_estimate_scores_one_everywhere()
    {
        var score = MelodyScore.Compare(Truth, Truth);

        Assert.Equal(1.0, score.RawPitchAccuracy);
        Assert.Equal(1.0, score.RawChromaAccuracy);
        Assert.Equal(1.0, score.VoicingRecall);
        Assert.Equal(0.0, score.VoicingFalseAlarm);
        Assert.Equal(1.0, score.OverallAccuracy);
        Assert.Equal(0.0, score.OctaveErrorRate);
        Assert.Equal(0.0, score.MeanAbsoluteCentsError);
    }

    [Fact]
    public void Estimates_within_50_cents_count_as_correct_and_beyond_do_not()
    {
        float[] estimate = [Cents(220, 49), Cents(220, -49), Cents(220, 51), Cents(220, -51), 220, 220, 220, 220, 0, 0];

        var score = MelodyScore.Compare(Truth, estimate);

        Assert.Equal(6 / 8.0, score.RawPitchAccuracy);
        Assert.Equal(6 / 8.0, score.RawChromaAccuracy);
        Assert.Equal(1.0, score.VoicingRecall);
    }

    [Fact]
    public void An_unvoiced_estimate_of_a_voiced_frame_is_a_pitch_miss()
    {
        float[] estimate = [0, 0, 220, 220, 220, 220, 220, 220, 0, 0];

        var score = MelodyScore.Compare(Truth, estimate);

        Assert.Equal(6 / 8.0, score.RawPitchAccuracy);
        Assert.Equal(6 / 8.0, score.VoicingRecall);
        Assert.Equal(0.0, score.OctaveErrorRate);
    }

    [Fact]
    public void Octave_errors_fail_pitch_but_pass_chroma()
    {
        float[] estimate = [440, 110, 880, 55, Cents(440, 30), 220, 220, 220, 0, 0];

        var score = MelodyScore.Compare(Truth, estimate);

        Assert.Equal(3 / 8.0, score.RawPitchAccuracy);
        Assert.Equal(1.0, score.RawChromaAccuracy);
        Assert.Equal(5 / 8.0, score.OctaveErrorRate);
    }

    [Fact]
    public void Three_octaves_off_is_a_chroma_match_but_not_an_octave_error()
    {
        float[] estimate = [1760, 220, 220, 220, 220, 220, 220, 220, 0, 0];

        var score = MelodyScore.Compare(Truth, estimate);

        Assert.Equal(1.0, score.RawChromaAccuracy);
        Assert.Equal(0.0, score.OctaveErrorRate);
    }

    [Fact]
    public void A_fifth_off_is_neither_pitch_nor_chroma_nor_octave()
    {
        float[] estimate = [330, 220, 220, 220, 220, 220, 220, 220, 0, 0];

        var score = MelodyScore.Compare(Truth, estimate);

        Assert.Equal(7 / 8.0, score.RawPitchAccuracy);
        Assert.Equal(7 / 8.0, score.RawChromaAccuracy);
        Assert.Equal(0.0, score.OctaveErrorRate);
    }

    [Fact]
    public void Voiced_estimates_in_unvoiced_truth_frames_are_false_alarms()
    {
        float[] estimate = [220, 220, 220, 220, 220, 220, 220, 220, 220, 0];

        var score = MelodyScore.Compare(Truth, estimate);

        Assert.Equal(0.5, score.VoicingFalseAlarm);
        Assert.Equal(9 / 10.0, score.OverallAccuracy);
    }

    [Fact]
    public void Overall_accuracy_counts_correct_pitches_and_correct_rejections()
    {
        float[] estimate = [440, 0, 220, 220, 220, 220, 220, 220, 0, 300];

        var score = MelodyScore.Compare(Truth, estimate);

        Assert.Equal(7 / 10.0, score.OverallAccuracy);
    }

    [Fact]
    public void Mean_absolute_cents_error_covers_only_correct_frames()
    {
        float[] estimate = [Cents(220, 10), Cents(220, -20), 440, 0, 220, 220, 220, 220, 0, 0];

        var score = MelodyScore.Compare(Truth, estimate);

        Assert.Equal(30 / 6.0, score.MeanAbsoluteCentsError, 1e-3);
    }

    [Fact]
    public void Scores_of_two_clips_add_up_to_the_pooled_score()
    {
        float[] estimateA = [440, 0, 220, 220, 220, 220, 220, 220, 0, 300];
        float[] estimateB = [220, 220, 330, 220, 220, 220, 220, 220, 220, 0];

        var pooled = MelodyScore.Compare([.. Truth, .. Truth], [.. estimateA, .. estimateB]);

        Assert.Equal(pooled, MelodyScore.Compare(Truth, estimateA) + MelodyScore.Compare(Truth, estimateB));
    }

    [Fact]
    public void Tracks_of_different_lengths_are_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => MelodyScore.Compare(Truth, new float[9]));
        Assert.Contains("same frame grid", error.Message);
    }
}
