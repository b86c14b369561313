using SingKing.Dsp.Charts;
using SingKing.Dsp.Scoring;
using SingKing.Dsp.Tests.Charts;
using static SingKing.Dsp.Tests.Scoring.ScoredTakes;

namespace SingKing.Dsp.Tests.Scoring;

/// <summary>Note types are scored by the live aligner's rules: freestyle unscored, rap on timing only, golden ×2.</summary>
public sealed class TakeScorerNoteTypeTests
{
    private static readonly Lazy<Chart> Grace = new(() => UltraStarParser.Parse(ChartFiles.Read("amazing-grace.txt")).Chart!);

    [Fact]
    public void A_good_take_of_a_chart_with_golden_rap_and_freestyle_notes_scores_well()
    {
        var score = Score(Grace.Value, Render(Grace.Value, new Singing()));

        Assert.InRange(score.Total, 8000, 10000);
        Assert.All(score.Notes, n => Assert.True(n.Matched, $"note {n.NoteIndex} ({n.Note.Text}) was not matched"));
    }

    [Fact]
    public void Freestyle_notes_are_not_scored()
    {
        var score = Score(Grace.Value, Render(Grace.Value, new Singing()));

        Assert.DoesNotContain(score.Notes, n => n.Note.Type == ChartNoteType.Freestyle);
        Assert.Equal(Grace.Value.Voices[0].Notes.Count(n => n.IsScored), score.Notes.Count);
    }

    [Fact]
    public void Rap_notes_are_scored_on_timing_whatever_their_pitch()
    {
        // Rap notes spoken a fifth off their written pitch lose nothing.
        var offPitchRap = Score(Grace.Value, Render(Grace.Value, new Singing { MidiOf = (note, _) => note.HasPitch ? note.MidiNote : note.MidiNote + 7 }));

        var raps = offPitchRap.Notes.Where(n => n.Note.Type is ChartNoteType.Rap or ChartNoteType.GoldenRap).ToList();
        Assert.Equal(2, raps.Count);
        Assert.All(raps, n => Assert.InRange(n.PitchCredit, 0.8, 1));
        Assert.All(raps, n => Assert.Null(n.MeanCentsError));
    }

    [Fact]
    public void A_missed_golden_note_costs_twice_what_a_missed_normal_note_of_its_length_costs()
    {
        var chart = ScoredTakes.Chart;
        var notes = chart.Voices[0].Notes.ToList();
        var golden = notes.FindIndex(n => n.IsGolden);
        var normal = notes.FindIndex(n => !n.IsGolden && n.LengthBeats == notes[golden].LengthBeats);
        var full = Score(new Singing());
        var withoutGolden = Score(new Singing { MidiOf = (note, id) => id == golden ? null : note.MidiNote });
        var withoutNormal = Score(new Singing { MidiOf = (note, id) => id == normal ? null : note.MidiNote });

        var goldenLoss = full.Score.NotePoints - withoutGolden.Score.NotePoints;
        var normalLoss = full.Score.NotePoints - withoutNormal.Score.NotePoints;
        Assert.InRange(goldenLoss / normalLoss, 1.8, 2.2);
    }

    [Fact]
    public void The_scorer_refuses_a_latency_beyond_five_seconds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TakeScorer(new TakeScorerOptions { LatencySeconds = 6 }));
    }
}
