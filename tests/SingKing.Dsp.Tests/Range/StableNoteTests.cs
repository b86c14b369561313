using SingKing.Dsp.Range;
using SingKing.Dsp.Synthesis;
using static SingKing.Dsp.Tests.Range.SungTakes;

namespace SingKing.Dsp.Tests.Range;

/// <summary>What counts as a held note, on synthetic singing read by the real pitch tracker.</summary>
public sealed class StableNoteTests
{
    [Fact]
    public void A_one_second_E2_is_one_stable_E2_at_82_4_Hz()
    {
        var notes = Analyse(Melody(("E2", 1.0))).StableNotes;

        var note = Assert.Single(notes);
        Assert.Equal("E2", note.Name);
        Assert.Equal(40, note.MidiNote);
        Assert.Equal(82.4, note.MedianHz, 0.15);
        Assert.InRange(note.DurationSeconds, 0.8, 1.0);
        Assert.InRange(note.StartSeconds, 0.0, 0.1);
    }

    [Fact]
    public void A_note_held_for_0_4_s_is_not_stable()
    {
        Assert.Empty(Analyse(Melody(("C4", 0.4))).StableNotes);
    }

    [Fact]
    public void A_0_3_s_squeak_at_A5_between_two_held_notes_does_not_count()
    {
        var notes = Analyse(Melody(("A3", 1.0), ("A5", 0.3), ("A3", 1.0))).StableNotes;

        Assert.Equal(["A3", "A3"], notes.Select(n => n.Name));
    }

    [Fact]
    public void A_crack_of_a_few_unvoiced_frames_inside_a_one_second_hold_leaves_one_stable_note()
    {
        float[] samples = Melody(("G3", 1.0)).Samples;
        Array.Clear(samples, (int)(0.55 * SampleRate), (int)(0.025 * SampleRate));
        var frames = Track(samples);
        Assert.Contains(frames, f => f.TimeSeconds is > 0.5 and < 0.65 && !f.IsVoiced); // the crack is really there

        var analyzer = new RangeAnalyzer();
        analyzer.Add(frames);
        analyzer.Complete();

        var note = Assert.Single(analyzer.StableNotes);
        Assert.Equal("G3", note.Name);
        int voiced = frames.Count(f => f.IsVoiced);
        Assert.True(note.DurationSeconds <= voiced * 0.010 + 1e-9, "The crack's frames are not counted into the duration.");
    }

    [Fact]
    public void An_octave_slip_halfway_ends_the_hold_and_each_side_counts_on_its_own_length()
    {
        var notes = Analyse(Melody(("A3", 0.8), ("A4", 0.8))).StableNotes;

        Assert.Equal(["A3", "A4"], notes.Select(n => n.Name));
        double firstEnds = notes[0].StartSeconds + notes[0].DurationSeconds;
        Assert.InRange(firstEnds, 0.75, 0.85); // the slip is at 0.8 s
        Assert.True(notes[1].StartSeconds >= firstEnds - 1e-9, "The second hold starts where the first ends.");
    }

    [Fact]
    public void After_an_octave_slip_a_side_shorter_than_half_a_second_does_not_count()
    {
        var notes = Analyse(Melody(("A3", 0.9), ("A4", 0.35))).StableNotes;

        Assert.Equal(["A3"], notes.Select(n => n.Name));
    }

    [Fact]
    public void A_siren_gliding_an_octave_in_four_seconds_holds_no_note()
    {
        var analyzer = Analyse(Siren(110, 300, 4.0));

        Assert.Empty(analyzer.StableNotes);
        Assert.Null(analyzer.Range);
    }

    [Fact]
    public void A_hold_with_40_cent_vibrato_at_5_5_Hz_is_one_stable_note()
    {
        var vibrato = new F0ContourOptions { Vibrato = new VibratoOptions { ExtentCents = 40, RateHz = 5.5 } };

        var notes = Analyse(Melody(vibrato, null, ("D4", 2.0))).StableNotes;

        var note = Assert.Single(notes);
        Assert.Equal("D4", note.Name);
        Assert.InRange(note.DurationSeconds, 1.7, 2.0);
    }

    [Fact]
    public void Vibrato_that_starts_with_the_note_does_not_cut_the_hold_short()
    {
        var vibrato = new F0ContourOptions { Vibrato = new VibratoOptions { ExtentCents = 40, DelaySeconds = 0, FadeInSeconds = 0 } };

        var note = Assert.Single(Analyse(Melody(vibrato, null, ("B2", 1.5))).StableNotes);

        Assert.Equal("B2", note.Name);
        Assert.InRange(note.DurationSeconds, 1.3, 1.5);
    }

    [Fact]
    public void A_note_reached_by_a_glide_keeps_nearly_all_of_its_length()
    {
        // The glide's last frames join the new note's run at first; left there, they would widen the run and
        // end it at the first deep vibrato swing, about 0.25 s short.
        var legato = new F0ContourOptions { Vibrato = new VibratoOptions { ExtentCents = 30 }, PortamentoSeconds = 0.06, JitterCents = 6 };

        var notes = Analyse(SingingVoice.Melody(SampleRate, [("E3", 0.8), ("C3", 0.8), ("A2", 0.8)], null, legato, seed: 11)).StableNotes;

        Assert.Equal(["E3", "C3", "A2"], notes.Select(n => n.Name));
        Assert.InRange(notes[2].DurationSeconds, 0.65, 0.8);
    }

    [Fact]
    public void A_note_reached_by_a_glide_and_scooped_at_the_end_of_a_phrase_still_counts()
    {
        // The run that starts in the glide bridges the first vibrato troughs, then has to let the glide go; the
        // frames it bridged must be analysed again with the rest, not lost.
        var natural = new F0ContourOptions { Vibrato = new VibratoOptions { ExtentCents = 30 }, Scoop = new ScoopOptions(), PortamentoSeconds = 0.06, JitterCents = 6 };

        var notes = Analyse(SingingVoice.Melody(SampleRate, [("E3", 0.8), ("C3", 0.8), ("A2", 0.8)], null, natural, seed: 1)).StableNotes;

        Assert.Equal(["E3", "C3", "A2"], notes.Select(n => n.Name));
        Assert.InRange(notes[2].DurationSeconds, 0.65, 0.8);
    }

    [Fact]
    public void A_note_wobbling_80_cents_either_side_is_not_stable()
    {
        var wobble = new F0ContourOptions { Vibrato = new VibratoOptions { ExtentCents = 80, RateHz = 5.5 } };

        Assert.Empty(Analyse(Melody(wobble, null, ("D4", 2.0))).StableNotes);
    }

    [Fact]
    public void A_ten_second_hold_is_one_stable_note_not_twenty()
    {
        var natural = new F0ContourOptions { Vibrato = new VibratoOptions { ExtentCents = 25 }, JitterCents = 8 };

        var notes = Analyse(Melody(natural, null, ("F3", 10.0))).StableNotes;

        var note = Assert.Single(notes);
        Assert.Equal("F3", note.Name);
        Assert.InRange(note.DurationSeconds, 9.7, 10.0);
    }

    [Fact]
    public void A_pitch_reading_that_jumps_about_inside_the_band_is_not_a_held_note()
    {
        // Frames within ±45 cents of A3 but drawn at random each 10 ms: never a sung hold, always in the band.
        var random = new Random(3);
        var frames = Enumerable.Range(0, 200)
            .Select(k => new PitchFrame(k * 0.010, (float)(220 * Math.Pow(2, (random.NextDouble() * 90 - 45) / 1200)), 0.9f, -20));
        var analyzer = new RangeAnalyzer();

        analyzer.Add(frames);
        analyzer.Complete();

        Assert.Empty(analyzer.StableNotes);
    }

    [Fact]
    public void The_same_frames_with_small_steps_are_a_held_note()
    {
        // The control for the test above: the same band, moving smoothly (a slow 40-cent vibrato).
        var frames = Enumerable.Range(0, 200)
            .Select(k => new PitchFrame(k * 0.010, (float)(220 * Math.Pow(2, 40 * Math.Sin(2 * Math.PI * 5 * k * 0.010) / 1200)), 0.9f, -20));
        var analyzer = new RangeAnalyzer();

        analyzer.Add(frames);
        analyzer.Complete();

        var note = Assert.Single(analyzer.StableNotes);
        Assert.Equal("A3", note.Name);
        Assert.Equal(2.0, note.DurationSeconds, 1e-9);
    }

    [Fact]
    public void Stable_notes_carry_their_start_time()
    {
        var notes = Analyse(Melody(("rest", 0.5), ("C3", 1.0), ("rest", 0.5), ("G3", 1.0))).StableNotes;

        Assert.Equal(2, notes.Count);
        Assert.InRange(notes[0].StartSeconds, 0.5, 0.6);
        Assert.InRange(notes[1].StartSeconds, 2.0, 2.1);
    }
}
