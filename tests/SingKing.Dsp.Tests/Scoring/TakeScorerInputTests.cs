using SingKing.Dsp.Alignment;
using SingKing.Dsp.Scoring;
using SingKing.Dsp.Tests.Charts;
using static SingKing.Dsp.Tests.Scoring.ScoredTakes;

namespace SingKing.Dsp.Tests.Scoring;

/// <summary>What the scorer is given: empty or short takes, duet parts, cancellation.</summary>
public sealed class TakeScorerInputTests
{
    [Fact]
    public void An_empty_take_scores_zero_with_every_note_missed()
    {
        var score = Score(ScoredTakes.Chart, []);

        Assert.Equal(0, score.Total);
        Assert.All(score.Notes, n => Assert.False(n.Matched));
        Assert.Equal(3, score.Phrases.Count);
    }

    [Fact]
    public void A_take_that_stops_after_the_first_line_scores_that_line_only()
    {
        var full = Render(ScoredTakes.Chart, new Singing());
        var firstLine = full.AsSpan(0, (int)(5.5 * SampleRate)).ToArray(); // the first line ends at 5.25 s

        var score = Score(ScoredTakes.Chart, firstLine);

        Assert.Equal(PhraseRating.Perfect, score.Phrases[0].Rating);
        Assert.Contains(PhraseFault.MissedNotes, score.Phrases[1].Faults);
        Assert.All(score.Notes.Where(n => n.PhraseIndex > 0), n => Assert.False(n.Matched));
    }

    [Fact]
    public void Each_part_of_a_duet_is_scored_against_its_own_notes()
    {
        var duet = SingKing.Dsp.Charts.UltraStarParser.Parse(ChartFiles.Read("doraji-duet.txt")).Chart!;
        var secondPart = Render(duet, new Singing(), voiceIndex: 1);
        var scorer = new TakeScorer();

        var asSecond = scorer.Score(duet, duet.Voices[1], secondPart, SampleRate);
        var asFirst = scorer.Score(duet, duet.Voices[0], secondPart, SampleRate);

        Assert.InRange(asSecond.Total, 8000, 10000);
        Assert.InRange(asFirst.Total, 0, 1000);
    }

    [Fact]
    public void A_cancelled_scoring_stops_with_operation_canceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            new TakeScorer().Score(ScoredTakes.Chart, ScoredTakes.Chart.Voices[0], Render(ScoredTakes.Chart, new Singing()), SampleRate, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void A_take_of_one_line_started_at_that_lines_time_scores_that_line()
    {
        // A practice loop: the second line only, recorded from 0.5 s before it starts.
        var chart = ScoredTakes.Chart;
        var line = chart.Voices[0].Phrases[1];
        var section = new SingKing.Dsp.Charts.ChartVoice(1, null, [line]);
        var start = chart.BeatToSeconds(line.StartBeat) - 0.5;
        var full = Render(chart, new Singing());
        var take = full.AsSpan((int)(start * SampleRate), (int)(5.0 * SampleRate)).ToArray();

        var score = new TakeScorer().Score(chart, section, take, SampleRate, takeStartSongSeconds: start);

        Assert.InRange(score.Total, 8000, 10000);
        Assert.Single(score.Phrases);
        Assert.All(score.Notes, n => Assert.InRange(n.OnsetDeviationMs!.Value, -60, 60));
    }
}
