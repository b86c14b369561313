using SingKing.Dsp.Scoring;
using SingKing.Dsp.Synthesis;
using static SingKing.Dsp.Tests.Scoring.ScoredTakes;

namespace SingKing.Dsp.Tests.Scoring;

/// <summary>The singer's tendencies come out right on takes rendered with known habits.</summary>
public sealed class TakeScorerTendencyTests
{
    [Fact]
    public void A_take_sung_30_cents_flat_reads_about_30_cents_flat()
    {
        var flat = Score(new Singing { MidiOf = (note, _) => note.MidiNote - 0.3 });

        Assert.InRange(flat.Tendencies.MeanCentsDeviation!.Value, -38, -22);
        Assert.All(flat.Phrases, p => Assert.Contains(PhraseFault.Flat, p.Faults));
    }

    [Fact]
    public void A_take_sung_in_tune_with_scoops_reads_in_tune()
    {
        var inTune = Score(new Singing());

        Assert.InRange(inTune.Tendencies.MeanCentsDeviation!.Value, -8, 8);
    }

    [Theory]
    [InlineData(5.5, 30)]
    [InlineData(6.5, 60)]
    public void The_vibrato_rate_and_extent_of_a_take_are_measured_on_its_sustained_notes(double rateHz, double extentCents)
    {
        var take = Score(new Singing { Expression = new F0ContourOptions { Vibrato = new VibratoOptions { RateHz = rateHz, ExtentCents = extentCents }, JitterCents = 6 } });

        var tendencies = take.Tendencies;
        Assert.Equal(3, tendencies.SustainedNoteCount);
        Assert.Equal(1.0, tendencies.VibratoShare);
        Assert.Equal(rateHz, tendencies.VibratoRateHz!.Value, 0.3);
        Assert.InRange(tendencies.VibratoExtentCents!.Value, 0.8 * extentCents, 1.15 * extentCents);
    }

    [Fact]
    public void A_straight_tone_shows_no_vibrato_and_steady_long_notes()
    {
        var straight = Score(new Singing { Expression = new F0ContourOptions { JitterCents = 6 } });

        Assert.Equal(0.0, straight.Tendencies.VibratoShare);
        Assert.Null(straight.Tendencies.VibratoRateHz);
        Assert.InRange(straight.Tendencies.LongNoteStabilityCents!.Value, 0, 5);
    }

    [Fact]
    public void A_take_that_scoops_into_its_notes_shows_scoops_of_about_their_depth()
    {
        var scooped = Score(new Singing { Expression = new F0ContourOptions { Scoop = new ScoopOptions { DepthCents = 200, GlideSeconds = 0.12 }, JitterCents = 6 } });

        Assert.InRange(scooped.Tendencies.ScoopShare!.Value, 0.5, 1);
        Assert.InRange(scooped.Tendencies.MeanScoopCents!.Value, 100, 200);
    }

    [Fact]
    public void A_take_without_scoops_shows_almost_none()
    {
        var clean = Score(new Singing { Expression = new F0ContourOptions { Vibrato = new VibratoOptions { RateHz = 5.5, ExtentCents = 30 }, JitterCents = 6 } });

        Assert.InRange(clean.Tendencies.ScoopShare!.Value, 0, 0.1);
    }
}
