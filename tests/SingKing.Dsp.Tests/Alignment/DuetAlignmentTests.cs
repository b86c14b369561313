using SingKing.Dsp.Alignment;
using SingKing.Dsp.Charts;
using SingKing.Dsp.Synthesis;
using SingKing.Dsp.Tests.Charts;
using static SingKing.Dsp.Tests.Alignment.RenderedTakes;

namespace SingKing.Dsp.Tests.Alignment;

/// <summary>Each singer of a duet is followed on their own part.</summary>
public sealed class DuetAlignmentTests
{
    private static readonly Lazy<Chart> Doraji = new(() =>
    {
        var result = UltraStarParser.Parse(ChartFiles.Read("doraji-duet.txt"));
        Assert.True(result.Succeeded);
        return result.Chart!;
    });

    [Fact]
    public void The_second_singer_of_a_duet_is_scored_on_their_own_notes()
    {
        var chart = Doraji.Value;
        var second = chart.Voices[1];
        var take = Track(SingVoice(chart, second));

        var onOwnPart = new NoteAligner(chart, second, Difficulty.Medium);
        onOwnPart.Add(take);
        onOwnPart.Complete();
        var onOtherPart = new NoteAligner(chart, chart.Voices[0], Difficulty.Medium);
        onOtherPart.Add(take);
        onOtherPart.Complete();

        Assert.All(Enumerable.Range(0, second.Notes.Count()), id => Assert.True(onOwnPart.Progress(id).IsHit));
        Assert.True(onOwnPart.Score.Total > 9000, $"{onOwnPart.Score.Total:F0} points on the own part.");
        Assert.Equal(0, onOtherPart.Score.Total);
    }

    private static float[] SingVoice(Chart chart, ChartVoice voice)
    {
        var notes = voice.Notes.Select(n => SungNote.FromMidi(n.MidiNote, chart.NoteStartSeconds(n),
            chart.NoteEndSeconds(n) - chart.NoteStartSeconds(n)));
        var end = voice.Notes.Max(chart.NoteEndSeconds) + 0.5;
        var voiceOptions = new VoiceOptions { VocalTract = VocalTract.Female };
        return new VoiceSynthesizer(voiceOptions).Synthesize(new F0Contour(notes, Natural), SampleRate, end, seed: 4).Samples;
    }
}
