using SingKing.Dsp.Alignment;
using static SingKing.Dsp.Tests.Alignment.RenderedTakes;

namespace SingKing.Dsp.Tests.Alignment;

/// <summary>The aligner fed as a live session feeds it: batches of frames as they arrive.</summary>
public sealed class LiveAlignmentTests
{
    private static readonly Lazy<PitchFrame[]> Take = new(() => SingTransposed(Twinkle, 0.3));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(100)]
    public void Feeding_frames_in_batches_gives_the_same_result_as_all_at_once(int batch)
    {
        var whole = new NoteAligner(Twinkle, Twinkle.Voices[0], Difficulty.Medium);
        var wholeUpdate = whole.Add(Take.Value);
        var wholeFrames = wholeUpdate.Frames.ToArray();
        var wholeScoreBeforeTheEnd = wholeUpdate.Score;
        whole.Complete();

        var live = new NoteAligner(Twinkle, Twinkle.Voices[0], Difficulty.Medium);
        var liveFrames = new List<AlignedFrame>();
        var liveScoreBeforeTheEnd = default(UltraStarScore);
        for (var i = 0; i < Take.Value.Length; i += batch)
        {
            var update = live.Add(Take.Value.AsSpan(i, Math.Min(batch, Take.Value.Length - i)));
            liveFrames.AddRange(update.Frames);
            liveScoreBeforeTheEnd = update.Score;
        }
        live.Complete();

        Assert.Equal(Progress(whole), Progress(live));
        Assert.Equal(whole.PhraseResults, live.PhraseResults);
        Assert.Equal(wholeScoreBeforeTheEnd, liveScoreBeforeTheEnd);
        Assert.Equal(whole.Score, live.Score);
        Assert.Equal(wholeFrames, liveFrames);
    }

    [Fact]
    public void Each_note_is_reported_final_once_with_the_progress_it_ends_with()
    {
        var aligner = new NoteAligner(Twinkle, Twinkle.Voices[0], Difficulty.Medium);
        var finals = new List<NoteProgress>();
        var phrases = new List<PhraseResult>();
        for (var i = 0; i < Take.Value.Length; i += 2)
        {
            var update = aligner.Add(Take.Value.AsSpan(i, Math.Min(2, Take.Value.Length - i)));
            foreach (var note in update.Notes)
            {
                if (note.IsFinal)
                    finals.Add(note);
            }
            phrases.AddRange(update.Phrases);
        }

        Assert.Equal(Enumerable.Range(0, aligner.Notes.Count), finals.Select(n => n.NoteId));
        Assert.Equal(Progress(aligner), finals);
        Assert.Equal([0, 1, 2], phrases.Select(p => p.PhraseIndex));
    }

    [Fact]
    public void A_note_becomes_final_when_song_time_passes_its_end_and_not_before()
    {
        var aligner = new NoteAligner(Twinkle, Twinkle.Voices[0], Difficulty.Medium);
        var end = Twinkle.NoteEndSeconds(aligner.Notes[0]);

        aligner.Add(Take.Value.Where(f => f.TimeSeconds < end).ToArray());
        Assert.False(aligner.Progress(0).IsFinal);
        Assert.True(aligner.Progress(0).Hit > 0.6, $"hit so far {aligner.Progress(0).Hit:F2}");

        var update = aligner.Add(Take.Value.Where(f => f.TimeSeconds >= end).Take(1).ToArray());
        Assert.True(aligner.Progress(0).IsFinal);
        Assert.Contains(update.Notes.ToArray(), n => n.NoteId == 0 && n.IsFinal);
    }

    [Fact]
    public void A_line_is_rated_once_its_last_note_has_ended()
    {
        var aligner = new NoteAligner(Twinkle, Twinkle.Voices[0], Difficulty.Medium);
        var lastNote = Twinkle.Voices[0].Phrases[0].Notes[^1];

        var before = aligner.AdvanceTo(Twinkle.NoteEndSeconds(lastNote) - 0.001);
        Assert.Equal(0, before.Phrases.Length);

        var after = aligner.AdvanceTo(Twinkle.NoteEndSeconds(lastNote));
        Assert.Equal(0, Assert.Single(after.Phrases.ToArray()).PhraseIndex);
    }

    [Fact]
    public void Frames_before_ones_already_aligned_are_refused()
    {
        var aligner = new NoteAligner(Twinkle, Twinkle.Voices[0], Difficulty.Medium);
        aligner.Add([new PitchFrame(2.0, 262f, 0.9f, -20)]);

        Assert.Throws<ArgumentException>(() => aligner.Add([new PitchFrame(1.9, 262f, 0.9f, -20)]));
    }

    [Fact]
    public void The_take_start_and_the_latency_place_frames_on_the_song()
    {
        var aligner = new NoteAligner(Twinkle, Twinkle.Voices[0], Difficulty.Medium, new NoteAlignerOptions { LatencySeconds = 0.15 });

        // Take time 0.2 s of a take started at song time 1.0 s, heard 150 ms late: sung at song time 1.05 s.
        var frame = aligner.Add([new PitchFrame(0.2, 261.63f, 0.9f, -20)], takeStartSongSeconds: 1.0).Frames[0];

        Assert.Equal(1.05, frame.SongTimeSeconds, 9);
        Assert.Equal(0, frame.NoteId);
        Assert.Equal(1.0, frame.Credit);
    }

    [Fact]
    public void A_note_sung_exactly_a_semitone_off_on_Medium_earns_half_credit_and_is_not_hit()
    {
        var aligner = new NoteAligner(Twinkle, Twinkle.Voices[0], Difficulty.Medium);
        var note = aligner.Notes[0];
        var start = Twinkle.NoteStartSeconds(note);
        var frames = Enumerable.Range(0, 38)
            .Select(k => new PitchFrame(start + k * 0.010, (float)NoteNames.Hz(note.MidiNote + 1), 0.9f, -20))
            .ToArray();

        aligner.Add(frames);
        aligner.AdvanceTo(Twinkle.NoteEndSeconds(note));

        var progress = aligner.Progress(0);
        Assert.True(progress.IsFinal);
        Assert.InRange(progress.Hit, 0.49, 0.51); // 38 frames fall within a note 37.5 frames long
        Assert.False(progress.IsHit);
        Assert.Equal(100, progress.MeanCentsError!.Value, 1);
    }
}
