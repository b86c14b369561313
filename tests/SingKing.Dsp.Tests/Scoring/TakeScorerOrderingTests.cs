using SingKing.Dsp.Alignment;
using SingKing.Dsp.Scoring;
using static SingKing.Dsp.Tests.Scoring.ScoredTakes;

namespace SingKing.Dsp.Tests.Scoring;

/// <summary>Takes with known faults must order as a coach would order them (docs/scoring.md lists the scores).</summary>
public sealed class TakeScorerOrderingTests
{
    private static readonly Lazy<TakeScore> Good = new(() => Score(new Singing()));

    [Fact]
    public void A_good_take_scores_at_least_8000_with_every_dimension_high_and_no_fault()
    {
        var score = Good.Value;

        Assert.InRange(score.Total, 8000, 10000);
        Assert.InRange(score.Pitch, 0.9, 1);
        Assert.InRange(score.Rhythm, 0.9, 1);
        Assert.InRange(score.LyricDelivery, 0.9, 1);
        Assert.All(score.Phrases, p => Assert.Empty(p.Faults));
        Assert.All(score.Notes, n => Assert.True(n.Matched));
    }

    [Fact]
    public void The_same_take_an_octave_up_scores_the_same()
    {
        var octaveUp = Score(new Singing { MidiOf = (note, _) => note.MidiNote + 12 });

        Assert.InRange(Math.Abs(Good.Value.Total - octaveUp.Total), 0, 150);
        Assert.Equal(Good.Value.Pitch, octaveUp.Pitch, 0.02);
    }

    [Fact]
    public void A_semitone_sharp_take_loses_at_least_three_tenths_of_the_pitch_score_and_its_lines_are_called_sharp()
    {
        var sharp = Score(new Singing { MidiOf = (note, _) => note.MidiNote + 1 });

        Assert.True(Good.Value.Pitch - sharp.Pitch >= 0.3, $"pitch {sharp.Pitch:F3} against {Good.Value.Pitch:F3}");
        Assert.All(sharp.Phrases, p => Assert.Contains(PhraseFault.Sharp, p.Faults));
    }

    [Fact]
    public void A_take_250_ms_late_loses_rhythm_but_keeps_pitch()
    {
        var late = Score(new Singing { LateSeconds = 0.25 });

        Assert.InRange(late.Rhythm, 0, Good.Value.Rhythm - 0.5);
        Assert.Equal(Good.Value.Pitch, late.Pitch, 0.03);
        Assert.All(late.Phrases, p => Assert.Contains(PhraseFault.Late, p.Faults));
        Assert.All(late.Notes, n => Assert.InRange(n.OnsetDeviationMs!.Value, 180, 320));
        Assert.InRange(late.Total, 2000, Good.Value.Total - 2000);
    }

    [Fact]
    public void A_take_150_ms_early_is_called_early_with_negative_onset_deviations()
    {
        var early = Score(new Singing { LateSeconds = -0.15 });

        Assert.All(early.Phrases, p => Assert.Contains(PhraseFault.Early, p.Faults));
        Assert.All(early.Phrases, p => Assert.InRange(p.MeanOnsetDeviationMs!.Value, -220, -100));
        Assert.Equal(Good.Value.Pitch, early.Pitch, 0.03);
    }

    [Fact]
    public void Only_the_line_that_came_in_late_is_called_late()
    {
        var oneLateLine = Score(new Singing { LateSecondsByPhrase = [0, 0.2, 0] });

        Assert.DoesNotContain(PhraseFault.Late, oneLateLine.Phrases[0].Faults);
        Assert.Contains(PhraseFault.Late, oneLateLine.Phrases[1].Faults);
        Assert.DoesNotContain(PhraseFault.Late, oneLateLine.Phrases[2].Faults);
        Assert.InRange(oneLateLine.Phrases[1].MeanOnsetDeviationMs!.Value, 150, 250);
    }

    [Fact]
    public void A_late_take_with_the_devices_latency_taken_off_scores_like_the_on_time_take()
    {
        var compensated = Score(new Singing { LateSeconds = 0.25 }, latencySeconds: 0.25);

        Assert.InRange(Math.Abs(Good.Value.Total - compensated.Total), 0, 100);
        Assert.Equal(Good.Value.Rhythm, compensated.Rhythm, 0.02);
    }

    [Fact]
    public void Wrong_notes_score_low_and_are_called_wrong_notes()
    {
        var random = new Random(5);
        var wrong = Score(new Singing { MidiOf = (note, _) => note.MidiNote + (random.Next(2) == 0 ? -1 : 1) * random.Next(3, 6) });

        Assert.InRange(wrong.Total, 0, 1000);
        Assert.InRange(wrong.Pitch, 0, 0.1);
        Assert.All(wrong.Phrases, p => Assert.Contains(PhraseFault.WrongNotes, p.Faults));
    }

    [Fact]
    public void Singing_half_the_song_scores_about_half()
    {
        var half = Score(new Singing { MidiOf = (note, id) => id < 11 ? note.MidiNote : null });

        Assert.InRange(half.Total / Good.Value.Total, 0.35, 0.65);
        Assert.Equal(11, half.Notes.Count(n => n.Matched));
        Assert.Contains(PhraseFault.MissedNotes, half.Phrases[^1].Faults);
    }

    [Fact]
    public void Silence_scores_zero()
    {
        var silence = Score(new Singing { MidiOf = (_, _) => null });

        Assert.Equal(0, silence.Total);
        Assert.Equal(0, silence.Pitch);
        Assert.Equal(0, silence.Rhythm);
        Assert.Equal(0, silence.LyricDelivery);
        Assert.All(silence.Notes, n => Assert.False(n.Matched));
    }

    [Fact]
    public void Every_line_is_reported_with_its_chart_times_and_lyrics()
    {
        var phrases = Good.Value.Phrases;

        Assert.Equal(3, phrases.Count);
        Assert.Equal(1.0, phrases[0].StartSeconds, 1e-9);
        Assert.Equal(1.0 + 34 * 0.125, phrases[0].EndSeconds, 1e-9);
        Assert.Equal("Twinkle twinkle little star", phrases[0].Lyrics);
    }

    [Fact]
    public void An_on_time_take_scores_as_the_live_aligner_scores_it()
    {
        Assert.InRange(Math.Abs(Good.Value.Total - Live(Good.Value)), 0, 20);
    }

    [Fact]
    public void A_late_take_scores_below_the_live_aligner_because_timing_counts()
    {
        var late = Score(new Singing { LateSeconds = 0.25 });

        Assert.True(late.Total < Live(late) - 1000, $"final {late.Total:F0}, live {Live(late):F0}");
    }

    private static double Live(TakeScore score)
    {
        var chart = ScoredTakes.Chart;
        var aligner = new NoteAligner(chart, chart.Voices[0], score.Difficulty, new NoteAlignerOptions { LatencySeconds = score.LatencySeconds });
        aligner.Add(score.Frames.ToArray());
        aligner.Complete();
        return aligner.Score.Total;
    }
}
