using SingKing.Dsp.Alignment;
using SingKing.Dsp.Charts;
using SingKing.Dsp.Synthesis;
using SingKing.Dsp.Tests.Charts;
using static SingKing.Dsp.Tests.Alignment.RenderedTakes;

namespace SingKing.Dsp.Tests.Alignment;

/// <summary>Whole takes of "Twinkle Twinkle", rendered from its chart and read by the real pitch tracker.</summary>
public sealed class RenderedTakeTests
{
    private static readonly Lazy<PitchFrame[]> OnTime = new(() => SingTransposed(Twinkle, 0));

    private static int NoteCount => Twinkle.Voices[0].Notes.Count();

    [Fact]
    public void A_good_take_hits_at_least_nine_notes_in_ten_on_Medium()
    {
        var aligner = Align(Twinkle, OnTime.Value, Difficulty.Medium);

        Assert.True(HitCount(aligner) >= 0.9 * NoteCount, $"{HitCount(aligner)} of {NoteCount} notes hit.");
    }

    [Fact]
    public void The_same_take_an_octave_down_hits_the_same_notes()
    {
        var inTune = Progress(Align(Twinkle, OnTime.Value)).Select(p => p.IsHit);
        var octaveDown = Progress(Align(Twinkle, SingTransposed(Twinkle, -12))).Select(p => p.IsHit);

        Assert.Equal(inTune, octaveDown);
    }

    [Fact]
    public void A_take_250_ms_late_hits_clearly_fewer_notes_than_on_time()
    {
        var onTime = HitCount(Align(Twinkle, OnTime.Value));
        var late = HitCount(Align(Twinkle, SingTransposed(Twinkle, 0, lateSeconds: 0.25)));

        Assert.True(late <= 0.75 * onTime, $"{late} notes hit late, {onTime} on time.");
    }

    [Fact]
    public void A_take_250_ms_late_hits_as_many_notes_as_on_time_once_250_ms_of_latency_is_configured()
    {
        var onTime = Progress(Align(Twinkle, OnTime.Value)).Select(p => p.IsHit);
        var late = Progress(Align(Twinkle, SingTransposed(Twinkle, 0, lateSeconds: 0.25), latencySeconds: 0.25)).Select(p => p.IsHit);

        Assert.Equal(onTime, late);
    }

    [Fact]
    public void A_take_a_semitone_sharp_throughout_hits_far_fewer_notes_on_Hard_than_on_Easy()
    {
        var sharp = SingTransposed(Twinkle, 1);

        var easy = HitCount(Align(Twinkle, sharp, Difficulty.Easy));
        var hard = HitCount(Align(Twinkle, sharp, Difficulty.Hard));

        Assert.True(easy >= 0.9 * NoteCount, $"Easy hit {easy} of {NoteCount}.");
        Assert.True(hard <= 0.2 * NoteCount, $"Hard hit {hard} of {NoteCount}.");
    }

    [Fact]
    public void An_off_key_take_of_wrong_notes_three_to_five_semitones_away_hits_few_notes_even_on_Easy()
    {
        var random = new Random(5);
        var offKey = Sing(Twinkle, (note, _) => note.MidiNote + (random.Next(2) == 0 ? -1 : 1) * random.Next(3, 6));

        var hits = HitCount(Align(Twinkle, offKey, Difficulty.Easy));

        Assert.True(hits <= 0.1 * NoteCount, $"{hits} of {NoteCount} wrong notes counted as hit.");
    }

    [Fact]
    public void Silence_hits_nothing_scores_nothing_and_misses_every_line()
    {
        var aligner = Align(Twinkle, Sing(Twinkle, (_, _) => null), Difficulty.Easy);

        Assert.Equal(0, HitCount(aligner));
        Assert.Equal(0, aligner.Score.Total);
        Assert.Equal(3, aligner.PhraseResults.Count);
        Assert.All(aligner.PhraseResults, r => Assert.Equal(PhraseRating.Miss, r.Rating));
    }

    [Fact]
    public void Line_ratings_come_out_in_order_of_quality()
    {
        // Line 1 in tune, line 2 three quarters of a semitone sharp (partial credit on Medium), line 3 off key.
        var phraseOfNote = Twinkle.Voices[0].Phrases.SelectMany((p, index) => p.Notes.Select(_ => index)).ToArray();
        var take = Sing(Twinkle, (note, id) => note.MidiNote + phraseOfNote[id] switch { 0 => 0, 1 => 0.75, _ => 4 });

        var ratings = Align(Twinkle, take).PhraseResults.OrderBy(r => r.PhraseIndex).Select(r => r.Rating).ToArray();

        Assert.Equal(3, ratings.Length);
        Assert.Equal(PhraseRating.Perfect, ratings[0]);
        Assert.True(ratings[0] > ratings[1] && ratings[1] > ratings[2], string.Join(", ", ratings));
        Assert.Equal(PhraseRating.Miss, ratings[2]);
    }

    [Fact]
    public void A_take_sung_sharp_shows_a_positive_mean_error_on_every_note()
    {
        var notes = Progress(Align(Twinkle, SingTransposed(Twinkle, 0.5)));

        Assert.All(notes, p => Assert.InRange(p.MeanCentsError!.Value, 25, 75));
    }

    [Fact]
    public void A_good_take_scores_close_to_ten_thousand_points()
    {
        var score = Align(Twinkle, OnTime.Value).Score;

        Assert.InRange(score.Total, 9000, 10_000);
        Assert.InRange(score.LineBonusPoints, 900, 1000);
    }

    [Fact]
    public void The_trace_of_a_take_an_octave_down_is_drawn_on_the_notes_bars()
    {
        var aligner = new NoteAligner(Twinkle, Twinkle.Voices[0], Difficulty.Medium);
        var frames = aligner.Add(SingTransposed(Twinkle, -12)).Frames.ToArray();

        var onNotes = frames.Where(f => f.NoteId >= 0 && f.IsVoiced).ToArray();
        Assert.True(onNotes.Length > 0.8 * frames.Count(f => f.NoteId >= 0));
        var drawnOnBar = onNotes.Count(f => Math.Abs(f.DrawnMidi - aligner.Notes[f.NoteId].MidiNote) < 0.5);
        var sungBelow = onNotes.Count(f => Math.Abs(f.SungMidi - (aligner.Notes[f.NoteId].MidiNote - 12)) < 0.5);
        Assert.True(drawnOnBar >= 0.9 * onNotes.Length, $"{drawnOnBar} of {onNotes.Length} frames drawn on the bar.");
        Assert.True(sungBelow >= 0.9 * onNotes.Length, $"{sungBelow} of {onNotes.Length} frames read an octave below.");
        Assert.True(onNotes.Count(f => f.IsHit) >= 0.9 * onNotes.Length);
    }

    [Fact]
    public void A_good_take_in_a_noisy_room_at_20_dB_SNR_still_hits_nine_notes_in_ten()
    {
        var voice = Twinkle.Voices[0];
        var notes = voice.Notes.Select(n => SungNote.FromMidi(n.MidiNote, Twinkle.NoteStartSeconds(n), Twinkle.NoteEndSeconds(n) - Twinkle.NoteStartSeconds(n)));
        var take = new VoiceSynthesizer(new VoiceOptions { VocalTract = VocalTract.Female })
            .Synthesize(new F0Contour(notes, Natural), SampleRate, 15, seed: 3)
            .With(new RecordingConditions { SnrDb = 20 }, seed: 9);

        var hits = HitCount(Align(Twinkle, Track(take.Samples)));

        Assert.True(hits >= 0.9 * NoteCount, $"{hits} of {NoteCount} notes hit.");
    }

    [Fact]
    public void A_good_take_of_a_chart_with_golden_rap_and_freestyle_notes_hits_every_scored_note()
    {
        var grace = UltraStarParser.Parse(ChartFiles.Read("amazing-grace.txt")).Chart!;

        var aligner = Align(grace, SingTransposed(grace, 0));

        var scored = aligner.Notes.Count(n => n.IsScored);
        Assert.Equal(scored, HitCount(aligner));
        Assert.True(aligner.Score.Total > 9000, $"{aligner.Score.Total:F0} points.");
    }
}
