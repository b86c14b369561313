using SingKing.Dsp.Alignment;
using SingKing.Dsp.Charts;
using static SingKing.Dsp.Tests.Alignment.RenderedTakes;

namespace SingKing.Dsp.Tests.Alignment;

/// <summary>Golden, freestyle and rap notes, each in a rendered take of a small chart.</summary>
public sealed class NoteTypeTests
{
    // One note of each kind at 120 BPM, 0.5 s each with 0.5 s between them.
    private static readonly Lazy<Chart> Kinds = new(() => Parse(
        """
        #TITLE:Kinds
        #ARTIST:Test
        #BPM:120
        #GAP:500
        #AUDIO:kinds.ogg
        : 0 4 0 one
        * 8 4 4  two
        - 14
        F 16 4 7 three
        R 24 4 0  four
        G 32 4 0  five
        E
        """));

    private const int Normal = 0, Golden = 1, Freestyle = 2, Rap = 3, GoldenRap = 4;

    private static Chart Chart => Kinds.Value;

    [Fact]
    public void A_golden_note_is_worth_twice_a_normal_note_of_the_same_length()
    {
        var goldenOnly = Align(Chart, Sing(Chart, (note, id) => id == Golden ? note.MidiNote : null)).Score.NotePoints;
        var normalOnly = Align(Chart, Sing(Chart, (note, id) => id == Normal ? note.MidiNote : null)).Score.NotePoints;

        Assert.InRange(goldenOnly / normalOnly, 1.9, 2.1);
        // Weights 1 + 2 + 0 + 1 + 2: the golden note holds 2/6 of the 9000 points.
        Assert.InRange(goldenOnly, 0.9 * 3000, 3000);
    }

    [Fact]
    public void A_freestyle_note_never_counts_however_it_is_sung()
    {
        var sungFreestyle = Align(Chart, Sing(Chart, (note, id) => id == Freestyle ? note.MidiNote : null));
        var silent = Align(Chart, Sing(Chart, (_, _) => null));

        Assert.Equal(0, sungFreestyle.Score.Total);
        Assert.Equal(silent.Score, sungFreestyle.Score);
        Assert.Equal(0, sungFreestyle.Progress(Freestyle).Hit);
    }

    [Fact]
    public void A_freestyle_note_is_never_reported_and_its_frames_earn_no_credit()
    {
        var aligner = new NoteAligner(Chart, Chart.Voices[0], Difficulty.Easy);
        var update = aligner.Add(Sing(Chart, (note, _) => note.MidiNote));

        Assert.DoesNotContain(update.Notes.ToArray(), n => n.NoteId == Freestyle);
        var frames = update.Frames.ToArray().Where(f => f.NoteId == Freestyle).ToArray();
        Assert.NotEmpty(frames);
        Assert.All(frames, f => Assert.Equal(0, f.Credit));
    }

    [Fact]
    public void A_rap_note_counts_its_voiced_frames_whatever_the_pitch()
    {
        // Five semitones off: a wrong note for a pitched note, but rap is scored on timing only.
        var aligner = Align(Chart, Sing(Chart, (note, id) => id is Rap or GoldenRap ? note.MidiNote + 5 : null));

        Assert.True(aligner.Progress(Rap).IsHit, $"rap hit {aligner.Progress(Rap).Hit:F2}");
        Assert.True(aligner.Progress(GoldenRap).IsHit, $"golden rap hit {aligner.Progress(GoldenRap).Hit:F2}");
        Assert.Null(aligner.Progress(Rap).MeanCentsError);
    }

    [Fact]
    public void An_unsung_rap_note_is_missed()
    {
        var aligner = Align(Chart, Sing(Chart, (note, id) => id == Rap ? null : note.MidiNote));

        Assert.Equal(0, aligner.Progress(Rap).Hit);
        Assert.True(aligner.Progress(GoldenRap).IsHit);
    }

    [Fact]
    public void A_golden_rap_note_is_worth_twice_a_rap_note()
    {
        var goldenRap = Align(Chart, Sing(Chart, (note, id) => id == GoldenRap ? note.MidiNote : null)).Score.NotePoints;
        var rap = Align(Chart, Sing(Chart, (note, id) => id == Rap ? note.MidiNote : null)).Score.NotePoints;

        Assert.InRange(goldenRap / rap, 1.9, 2.1);
    }
}
