using SingKing.Dsp.Charts;
using SingKing.Dsp.Synthesis;

namespace SingKing.Dsp.Tests.Synthesis;

public sealed class BackingTrackRendererTests
{
    private const int Rate = 22_050;

    // Quarter note = 0.5 s at #BPM:120; bar 0 starts at #GAP = 2 s, so a 1-bar 4/4 count-in clicks at 0, 0.5, 1, 1.5 s.
    private static readonly Chart Chart = UltraStarParser.Parse("""
        #TITLE:Test
        #ARTIST:Test
        #BPM:120
        #GAP:2000
        #AUDIO:backing.wav
        : 0 8 0 la
        : 8 8 4 la
        - 18
        : 32 16 7 la
        E
        """).Chart!;

    private static readonly BackingArrangement Arrangement = BackingArrangement.Parse("""
        time: 4/4
        count-in: 1
        bars: C | F | G7 | C
        """);

    private static readonly BackingTrackOptions Options = new() { SampleRate = Rate };

    [Fact]
    public void The_same_chart_and_arrangement_render_the_same_samples()
    {
        var first = BackingTrackRenderer.Render(Chart, Arrangement, Options);
        var second = BackingTrackRenderer.Render(Chart, Arrangement, Options);

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_bar_of_C_major_sounds_C_E_and_G_above_the_notes_outside_the_chord()
    {
        var samples = BackingTrackRenderer.Render(Chart, Arrangement, Options);
        var bar = Slice(samples, BackingTrackRenderer.BarStartSeconds(Chart, Arrangement, 0), 2.0);

        // C4, E4, G4 against C#4, D#4, F#4, A#4: none of them is a chord tone or a low harmonic of one.
        double[] chordTones = [261.63, 329.63, 392.00];
        double[] others = [277.18, 311.13, 369.99, 466.16];
        var weakestChordTone = chordTones.Min(f => SignalMeasure.GoertzelMagnitude(bar, Rate, f));
        var strongestOther = others.Max(f => SignalMeasure.GoertzelMagnitude(bar, Rate, f));
        Assert.True(weakestChordTone > 10 * strongestOther, $"chord tone {weakestChordTone:F1}, other {strongestOther:F1}");
    }

    [Fact]
    public void The_bar_of_F_has_its_bass_note_F2()
    {
        var samples = BackingTrackRenderer.Render(Chart, Arrangement, Options);
        var bar = Slice(samples, BackingTrackRenderer.BarStartSeconds(Chart, Arrangement, 1), 2.0);

        var f2 = SignalMeasure.GoertzelMagnitude(bar, Rate, 87.31);
        var c2 = SignalMeasure.GoertzelMagnitude(bar, Rate, 65.41);
        Assert.True(f2 > 10 * c2, $"F2 {f2:F1}, C2 {c2:F1}");
    }

    [Fact]
    public void Count_in_clicks_land_on_the_beats_before_the_gap()
    {
        var clicks = BackingTrackRenderer.CountInClickSeconds(Chart, Arrangement);
        Assert.Equal([0.0, 0.5, 1.0, 1.5], clicks.Select(t => Math.Round(t, 6)));

        var samples = BackingTrackRenderer.Render(Chart, Arrangement, Options);
        foreach (var click in clicks)
        {
            // Loud in the 30 ms from the beat, silent in the 100 ms before it.
            Assert.True(SignalMeasure.Power(Slice(samples, click, 0.03)) > 1e-3, $"no click at {click} s");
            if (click > 0)
                Assert.True(SignalMeasure.Power(Slice(samples, click - 0.1, 0.1)) < 1e-8, $"sound before the click at {click} s");
        }
    }

    [Fact]
    public void Count_in_clicks_stop_where_a_pickup_is_sung()
    {
        var pickup = Arrangement with { PickupBeats = 1 };

        var clicks = BackingTrackRenderer.CountInClickSeconds(Chart, pickup);

        // Bar 0 starts at 2.5 s; its count-in beats are 0.5, 1, 1.5 and 2 s, and the one at 2 s is sung.
        Assert.Equal([0.5, 1.0, 1.5], clicks.Select(t => Math.Round(t, 6)));
    }

    [Fact]
    public void Levels_stay_within_full_scale_and_the_track_is_not_silent()
    {
        var samples = BackingTrackRenderer.Render(Chart, Arrangement, Options with { GuideMelody = true });

        var peak = samples.Max(Math.Abs);
        Assert.InRange(peak, 0.1f, 1f);
    }

    [Fact]
    public void The_track_lasts_to_the_end_of_the_last_bar_plus_the_tail()
    {
        var samples = BackingTrackRenderer.Render(Chart, Arrangement, Options);

        // Four bars of 2 s from 2 s, then 2 s of tail.
        Assert.Equal(12.0, samples.Length / (double)Rate, 3);
    }

    [Fact]
    public void The_guide_melody_adds_the_sung_pitch_softly()
    {
        var plain = BackingTrackRenderer.Render(Chart, Arrangement, Options);
        var guided = BackingTrackRenderer.Render(Chart, Arrangement, Options with { GuideMelody = true });

        // The second note is E4 (pitch 4) from 2.5 s to 3 s over the C chord, which also holds E4; compare the
        // melody's own first note, C4 at 2.0 s, which the guide must strengthen.
        var window = 0.4;
        var withGuide = SignalMeasure.GoertzelMagnitude(Slice(guided, 2.05, window), Rate, 261.63);
        var without = SignalMeasure.GoertzelMagnitude(Slice(plain, 2.05, window), Rate, 261.63);
        Assert.True(withGuide > 1.1 * without, $"with guide {withGuide:F1}, without {without:F1}");
    }

    [Fact]
    public void A_silent_bar_is_silent_once_the_chord_before_it_has_died_away()
    {
        var arrangement = Arrangement with { Bars = BackingArrangement.Parse("time: 4/4\nbars: C | - | G7 | C").Bars };

        var samples = BackingTrackRenderer.Render(Chart, arrangement, Options);

        // Bar 1 runs from 4 s to 6 s; the last strike of bar 0 rings 30 ms into it.
        Assert.Equal(0.0, SignalMeasure.Power(Slice(samples, 4.1, 1.85)));
        Assert.True(SignalMeasure.Power(Slice(samples, 6.0, 0.5)) > 1e-4);
    }

    private static float[] Slice(float[] samples, double startSeconds, double seconds) =>
        samples.AsSpan((int)(startSeconds * Rate), (int)(seconds * Rate)).ToArray();
}
