using SingKing.Dsp.Charts;
using SingKing.Dsp.Reports;
using SingKing.Dsp.Scoring;
using SingKing.Dsp.Synthesis;
using SingKing.Dsp.Tests.Alignment;

namespace SingKing.Dsp.Tests.Reports;

/// <summary>
/// Advice from takes rendered with one known habit each, scored by the real scorer: the advice names the habit and
/// quotes the value it was rendered with.
/// </summary>
public sealed class CoachAdviceTests
{
    private const int Rate = RenderedTakes.SampleRate;

    /// <summary>Clean singing: a gentle vibrato and a little jitter, no scoops.</summary>
    private static readonly F0ContourOptions Clean = new()
    {
        Vibrato = new VibratoOptions { ExtentCents = 30, RateHz = 5.5 },
        JitterCents = 5,
    };

    /// <summary>Six notes of 1.5 s in two lines at 120 BPM: long enough to show vibrato and wander.</summary>
    private static readonly Lazy<Chart> LongNotes = new(() => RenderedTakes.Parse(
        """
        #TITLE:Long notes
        #ARTIST:Test
        #BPM:120
        #GAP:500
        #AUDIO:long.ogg
        : 0 12 0 Ah
        : 14 12 4  ah
        : 28 12 7  ah
        - 42
        : 44 12 5 Oh
        : 58 12 2  oh
        : 72 12 0  oh
        E
        """));

    [Fact]
    public void A_clean_take_on_pitch_and_time_is_praised_and_nothing_else()
    {
        var advice = Advise(RenderedTakes.Twinkle, Clean);

        Assert.Equal([AdviceCode.WellDone], advice.Select(a => a.Code));
    }

    [Fact]
    public void A_take_thirty_cents_flat_is_told_so_first_with_the_cents()
    {
        var advice = Advise(RenderedTakes.Twinkle, Clean, cents: _ => -30);

        Assert.Equal(AdviceCode.FlatOverall, advice[0].Code);
        Assert.InRange(advice[0].Values["cents"], 22, 38);
    }

    [Fact]
    public void A_take_flat_only_on_its_long_notes_is_told_about_long_notes()
    {
        var advice = Advise(RenderedTakes.Twinkle, Clean, cents: note => note.LengthBeats >= 7 ? -40 : 0);

        var flat = Assert.Single(advice, a => a.Code is AdviceCode.FlatOnLongNotes);
        Assert.InRange(flat.Values["cents"], 30, 50);
        Assert.DoesNotContain(advice, a => a.Code is AdviceCode.FlatOverall);
    }

    [Fact]
    public void A_take_that_comes_in_200_ms_late_is_told_with_the_delay()
    {
        var advice = Advise(RenderedTakes.Twinkle, Clean, lateSeconds: 0.2);

        var late = Assert.Single(advice, a => a.Code is AdviceCode.LateEntries);
        Assert.InRange(late.Values["ms"], 150, 250);
    }

    [Fact]
    public void Deep_scoops_into_every_note_are_a_habit_worth_naming()
    {
        var scooping = new F0ContourOptions
        {
            Vibrato = Clean.Vibrato,
            JitterCents = 5,
            Scoop = new ScoopOptions { DepthCents = 200, GlideSeconds = 0.12 },
        };

        var advice = Advise(RenderedTakes.Twinkle, scooping);

        var scoops = Assert.Single(advice, a => a.Code is AdviceCode.Scoops);
        Assert.True(scoops.Values["percent"] >= 40, $"{scoops.Values["percent"]} % of notes");
    }

    [Fact]
    public void A_fast_narrow_vibrato_is_named_with_its_rate()
    {
        var bleat = new F0ContourOptions { Vibrato = new VibratoOptions { RateHz = 7.8, ExtentCents = 15 }, JitterCents = 3 };

        var advice = Advise(LongNotes.Value, bleat);

        var vibrato = Assert.Single(advice, a => a.Code is AdviceCode.VibratoFastNarrow);
        Assert.InRange(vibrato.Values["hz"], 7.0, 8.5);
    }

    [Fact]
    public void A_slow_wide_vibrato_is_named_with_its_width()
    {
        var wobble = new F0ContourOptions { Vibrato = new VibratoOptions { RateHz = 3.8, ExtentCents = 90 }, JitterCents = 3 };

        var advice = Advise(LongNotes.Value, wobble);

        var vibrato = Assert.Single(advice, a => a.Code is AdviceCode.VibratoSlowWide);
        Assert.InRange(vibrato.Values["cents"], 60, 120);
    }

    [Fact]
    public void Long_notes_held_without_vibrato_get_the_suggestion_to_try_it()
    {
        var straight = new F0ContourOptions { JitterCents = 3 };

        var advice = Advise(LongNotes.Value, straight);

        Assert.Contains(advice, a => a.Code is AdviceCode.NoVibrato);
    }

    [Fact]
    public void A_take_with_one_line_unsung_counts_the_missed_line()
    {
        var advice = Advise(RenderedTakes.Twinkle, Clean, skipLine: 2);

        var missed = Assert.Single(advice, a => a.Code is AdviceCode.MissedLines);
        Assert.Equal(1, missed.Values["count"]);
    }

    private static IReadOnlyList<Advice> Advise(Chart chart, F0ContourOptions singing, Func<ChartNote, double>? cents = null,
        double lateSeconds = 0, int skipLine = -1)
    {
        var voice = chart.Voices[0];
        var sung = voice.Phrases
            .SelectMany((phrase, line) => phrase.Notes.Select(note => (note, line)))
            .Where(p => p.line != skipLine)
            .Select(p => SungNote.FromMidi(p.note.MidiNote + (cents?.Invoke(p.note) ?? 0) / 100,
                chart.NoteStartSeconds(p.note) + lateSeconds, chart.NoteEndSeconds(p.note) - chart.NoteStartSeconds(p.note)))
            .ToList();
        var end = voice.Notes.Max(chart.NoteEndSeconds) + lateSeconds + 0.5;
        var take = new VoiceSynthesizer(new VoiceOptions { VocalTract = VocalTract.Female })
            .Synthesize(new F0Contour(sung, singing), Rate, end, seed: 11);
        var score = new TakeScorer().Score(chart, voice, take.Samples, Rate);
        return CoachAdvice.For(score);
    }
}
