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

    [Theory]
    [InlineData(100, 0.08)]
    [InlineData(200, 0.12)]
    public void A_take_that_scoops_into_every_note_shows_scoops_of_about_their_depth(double depthCents, double glideSeconds)
    {
        var scooped = Score(new Singing { Expression = new F0ContourOptions { Scoop = new ScoopOptions { DepthCents = depthCents, GlideSeconds = glideSeconds }, JitterCents = 6 } });

        Assert.InRange(scooped.Tendencies.ScoopShare!.Value, 0.8, 1);
        Assert.InRange(scooped.Tendencies.MeanScoopCents!.Value, 0.75 * depthCents, 1.1 * depthCents);
    }

    [Fact]
    public void Scoops_do_not_make_a_line_read_flat()
    {
        var scooped = Score(new Singing { Expression = new F0ContourOptions { Scoop = new ScoopOptions { DepthCents = 200, GlideSeconds = 0.12 }, JitterCents = 6 } });

        Assert.All(scooped.Phrases, p => Assert.DoesNotContain(PhraseFault.Flat, p.Faults));
        Assert.InRange(scooped.Tendencies.MeanCentsDeviation!.Value, -10, 10);
    }

    [Fact]
    public void A_take_without_scoops_shows_almost_none()
    {
        var clean = Score(new Singing { Expression = new F0ContourOptions { Vibrato = new VibratoOptions { RateHz = 5.5, ExtentCents = 30 }, JitterCents = 6 } });

        Assert.InRange(clean.Tendencies.ScoopShare!.Value, 0, 0.1);
    }

    [Fact]
    public void A_slow_wobble_on_long_notes_reads_as_unsteady_and_not_as_vibrato()
    {
        // ±40 cents at 1.5 Hz: the pitch wanders, too slowly to be a vibrato.
        var wobbly = Score(new Singing { Expression = new F0ContourOptions { Vibrato = new VibratoOptions { RateHz = 1.5, ExtentCents = 40, DelaySeconds = 0 }, JitterCents = 6 } });
        var steady = Score(new Singing { Expression = new F0ContourOptions { Vibrato = new VibratoOptions { RateHz = 5.5, ExtentCents = 40 }, JitterCents = 6 } });

        Assert.InRange(wobbly.Tendencies.LongNoteStabilityCents!.Value, 15, 60);
        Assert.InRange(steady.Tendencies.LongNoteStabilityCents!.Value, 0, 8);
        Assert.Equal(0.0, wobbly.Tendencies.VibratoShare);
    }
}
