using SingKing.Dsp.Range;
using SingKing.Dsp.Synthesis;
using static SingKing.Dsp.Tests.Range.SungTakes;

namespace SingKing.Dsp.Tests.Range;

/// <summary>Range, voice type and tessitura of whole test takes, sung and tracked.</summary>
public sealed class VocalRangeTests
{
    // A range test as a coach runs it: a comfortable note, down step by step, back, then up as high as it goes.
    private static readonly (string, double)[] BaritoneTake =
    [
        ("A3", 2.0), ("rest", 0.3), ("G3", 0.8), ("E3", 0.8), ("C3", 0.8), ("A2", 0.8), ("rest", 0.3),
        ("C3", 0.8), ("E3", 0.8), ("G3", 0.8), ("A3", 0.8), ("C4", 0.8), ("E4", 0.8), ("F4", 0.8),
    ];

    private static readonly (string, double)[] SopranoTake =
    [
        ("A4", 2.0), ("rest", 0.3), ("G4", 0.8), ("E4", 0.8), ("D4", 0.8), ("rest", 0.3),
        ("E4", 0.8), ("G4", 0.8), ("A4", 0.8), ("C5", 0.8), ("E5", 0.8), ("G5", 0.8), ("B5", 0.8),
    ];

    private static readonly F0ContourOptions Natural = new()
    {
        Vibrato = new VibratoOptions { ExtentCents = 30, RateHz = 5.5 },
        Scoop = new ScoopOptions(),
        PortamentoSeconds = 0.06,
        JitterCents = 6,
    };

    [Fact]
    public void A_baritone_test_take_from_A2_to_F4_is_a_baritone()
    {
        var range = Analyse(SingingVoice.Melody(SampleRate, BaritoneTake, null, Natural, seed: 11)).Range;

        Assert.NotNull(range);
        Assert.Equal("A2", range.Lowest.Name);
        Assert.Equal("F4", range.Highest.Name);
        Assert.Equal(20, range.Semitones);
        Assert.Equal(VoiceType.Baritone, range.VoiceType);
    }

    [Fact]
    public void A_baritone_take_finds_every_held_note_once()
    {
        var notes = Analyse(SingingVoice.Melody(SampleRate, BaritoneTake, null, Natural, seed: 11)).StableNotes;

    }

    [Fact]
    public void The_tessitura_of_the_baritone_take_holds_its_comfortable_A3_and_lies_inside_the_range()
    {
        var range = Analyse(SingingVoice.Melody(SampleRate, BaritoneTake, null, Natural, seed: 11)).Range!;

        Assert.InRange(SungNote.ParseMidi("A3"), range.TessituraLowMidi, range.TessituraHighMidi);
        Assert.True(range.TessituraLowMidi > range.Lowest.MidiNote, $"Tessitura starts at {range.TessituraLowMidi}, the bottom of the range.");
        Assert.True(range.TessituraHighMidi < range.Highest.MidiNote, $"Tessitura ends at {range.TessituraHighMidi}, the top of the range.");
    }

    [Fact]
    public void With_several_notes_the_tessitura_spans_the_middle_60_percent_of_the_held_time()
    {
        // Held seconds: A2 1, C3 2, E3 2, G3 2, A3 3, C4 1, E4 1, F4 1 (13 s). The lowest fifth (2.6 s) ends
        // inside C3 (A2 + C3 = 3 s), the highest fifth inside C4 (F4 + E4 + C4 = 3 s).
        var notes = new[] { ("A2", 1.0), ("C3", 2.0), ("E3", 2.0), ("G3", 2.0), ("A3", 3.0), ("C4", 1.0), ("E4", 1.0), ("F4", 1.0) }
            .Select((n, i) => new StableNote(NoteNames.Hz(SungNote.ParseMidi(n.Item1)), i, n.Item2, 5)).ToArray();

        var range = VocalRange.Of(notes)!;

        Assert.Equal(("C3", "C4"), (NoteNames.Name(range.TessituraLowMidi), NoteNames.Name(range.TessituraHighMidi)));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(10)]
    public void The_baritone_take_recorded_with_background_noise_gives_the_same_range(double snrDb)
    {
        var take = SingingVoice.Melody(SampleRate, BaritoneTake, null, Natural, seed: 11).With(new RecordingConditions { SnrDb = snrDb }, seed: 3);

        var range = Analyse(take).Range;

        Assert.NotNull(range);
        Assert.Equal(("A2", "F4", VoiceType.Baritone), (range.Lowest.Name, range.Highest.Name, range.VoiceType));
    }

    [Fact]
    public void A_soprano_test_take_from_D4_to_B5_is_a_soprano()
    {
        var voice = new VoiceOptions { VocalTract = VocalTract.Female };

        var range = Analyse(SingingVoice.Melody(SampleRate, SopranoTake, voice, Natural, seed: 5)).Range;

        Assert.NotNull(range);
        Assert.Equal("D4", range.Lowest.Name);
        Assert.Equal("B5", range.Highest.Name);
        Assert.Equal(VoiceType.Soprano, range.VoiceType);
    }

    [Fact]
    public void Range_is_null_until_a_note_has_been_held_for_half_a_second()
    {
        var frames = Track(Melody(("E3", 1.2)).Samples);
        var analyzer = new RangeAnalyzer();

        analyzer.Add(frames.Where(f => f.TimeSeconds < 0.3));
        Assert.Null(analyzer.Range);
        analyzer.Add(frames.Where(f => f.TimeSeconds >= 0.3));
        Assert.NotNull(analyzer.Range);
    }

    [Fact]
    public void A_note_still_being_held_is_listed_once_it_qualifies_and_grows()
    {
        var frames = Track(Melody(("E3", 3.0)).Samples);
        var analyzer = new RangeAnalyzer();

        analyzer.Add(frames.Where(f => f.TimeSeconds < 1.0));
        double soFar = Assert.Single(analyzer.StableNotes).DurationSeconds;
        analyzer.Add(frames.Where(f => f.TimeSeconds >= 1.0));
        analyzer.Complete();

        Assert.InRange(soFar, 0.8, 1.0);
        Assert.InRange(Assert.Single(analyzer.StableNotes).DurationSeconds, 2.8, 3.0);
    }

    [Fact]
    public void Two_notes_E2_and_A4_give_the_contract_example()
    {
        var range = VocalRange.Of([Note(82.41, 0), Note(440, 2)])!;

        Assert.Equal(("E2", "A4", 29), (range.Lowest.Name, range.Highest.Name, range.Semitones));
        Assert.Equal(29 / 12.0, range.Octaves, 1e-12);
        Assert.Equal(VoiceType.Baritone, range.VoiceType);
        Assert.Equal(("A2", "E4"), (NoteNames.Name(range.TessituraLowMidi), NoteNames.Name(range.TessituraHighMidi)));
    }

    [Fact]
    public void Lowest_and_highest_are_chosen_by_median_frequency_not_by_time()
    {
        var range = VocalRange.Of([Note(300, 0), Note(150, 1), Note(600, 2), Note(200, 3)])!;

        Assert.Equal((150.0, 600.0), (range.Lowest.MedianHz, range.Highest.MedianHz));
    }

    [Fact]
    public void No_stable_notes_have_no_range()
    {
        Assert.Null(VocalRange.Of([]));
    }

    private static StableNote Note(double hz, double start) => new(hz, start, 1.0, 3.0);
}
