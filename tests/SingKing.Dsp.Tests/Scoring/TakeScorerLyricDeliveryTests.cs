using SingKing.Dsp.Scoring;
using SingKing.Dsp.Synthesis;
using static SingKing.Dsp.Tests.Scoring.ScoredTakes;

namespace SingKing.Dsp.Tests.Scoring;

/// <summary>Lyric delivery is articulation timing: syllable onsets heard where the chart's syllables start.</summary>
public sealed class TakeScorerLyricDeliveryTests
{
    [Fact]
    public void Lyric_delivery_stays_high_when_every_syllable_is_articulated()
    {
        var articulated = Score(new Singing());

        Assert.InRange(articulated.LyricDelivery, 0.9, 1);
        Assert.All(articulated.Notes.Where(n => !n.Note.IsContinuation), n => Assert.True(n.Articulated));
    }

    [Fact]
    public void Lyric_delivery_drops_when_the_syllables_are_smeared_on_one_vowel()
    {
        var smeared = Score(new Singing { Articulated = false });

        Assert.InRange(smeared.LyricDelivery, 0, 0.4);
        Assert.All(smeared.Phrases, p => Assert.Contains(PhraseFault.UnclearArticulation, p.Faults));
    }

    [Fact]
    public void Smearing_the_syllables_costs_no_pitch()
    {
        var articulated = Score(new Singing());
        var smeared = Score(new Singing { Articulated = false });

        Assert.Equal(articulated.Pitch, smeared.Pitch, 0.03);
    }

    [Fact]
    public void A_continuation_is_not_a_syllable_start()
    {
        var score = Score(new Singing());

        var continuation = Assert.Single(score.Notes, n => n.Note.IsContinuation);
        Assert.Null(continuation.Articulated);
    }

    [Fact]
    public void A_late_singer_who_articulates_keeps_lyric_delivery()
    {
        var late = Score(new Singing { LateSeconds = 0.25 });

        Assert.InRange(late.LyricDelivery, 0.9, 1);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(10)]
    public void In_a_noisy_recording_articulated_syllables_still_read_higher_than_smeared_ones(double snrDb)
    {
        var noise = new RecordingConditions { SnrDb = snrDb };
        var articulated = Score(Chart, noise.Apply(Render(Chart, new Singing()), SampleRate, seed: 9));
        var smeared = Score(Chart, noise.Apply(Render(Chart, new Singing { Articulated = false }), SampleRate, seed: 9));

        Assert.InRange(articulated.LyricDelivery, 0.7, 1);
        Assert.InRange(smeared.LyricDelivery, 0, 0.4);
    }
}
