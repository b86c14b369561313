using System.Globalization;
using System.Text;
using SingKing.Dsp.Alignment;
using SingKing.Dsp.Charts;
using SingKing.Dsp.Synthesis;

namespace SingKing.Dsp.Tests.Alignment;

/// <summary>
/// A five-minute song sung perfectly in time, captured by a microphone whose clock runs 0.1 % slow against the
/// backing track's (it delivers 999 samples for every 1000 the song plays): by the end the take is 0.3 s shorter
/// than the song. The chunks carry the song time of their first sample, as the browser sends them.
/// </summary>
public sealed class SongClockDriftTests
{
    private const int Rate = RenderedTakes.SampleRate;
    private const int ChunkSamples = 640;
    private const double CaptureRate = 0.999;

    private static readonly Lazy<(Chart Chart, float[] Take)> Song = new(Render);

    [Fact]
    public void With_the_song_clock_the_last_minute_of_a_five_minute_song_stays_on_its_notes()
    {
        var (chart, take) = Song.Value;

        var aligner = Align(chart, take, useClock: true);

        Assert.True(LastMinuteCredit(chart, aligner) >= 0.9, $"hit share in the last minute {LastMinuteHitShare(chart, aligner):P0}, credit {LastMinuteCredit(chart, aligner):P0}");
    }

    [Fact]
    public void Without_the_song_clock_the_same_take_drifts_off_its_last_notes()
    {
        var (chart, take) = Song.Value;

        var aligner = Align(chart, take, useClock: false);

        // Measured: 57 % of the notes hit, 52 % of their credit earned, against 100 % and 98 % with the clock.
        Assert.True(LastMinuteCredit(chart, aligner) < 0.7, $"hit share in the last minute {LastMinuteHitShare(chart, aligner):P0}, credit {LastMinuteCredit(chart, aligner):P0}");
    }

    private static NoteAligner Align(Chart chart, float[] take, bool useClock)
    {
        var tracker = new PitchTracker(Rate);
        var clock = new SongClock(Rate);
        var aligner = new NoteAligner(chart, chart.Voices[0], Difficulty.Medium);
        var frames = new List<PitchFrame>();
        for (long first = 0; first < take.Length; first += ChunkSamples)
        {
            if (useClock)
                clock.Mark(first, first / (Rate * CaptureRate));
            frames.Clear();
            tracker.Process(take.AsSpan((int)first, (int)Math.Min(ChunkSamples, take.Length - first)), frames);
            aligner.Add([.. frames.Select(f => f with { TimeSeconds = clock.ToSongSeconds(f.TimeSeconds) })]);
        }

        frames.Clear();
        tracker.Flush(frames);
        aligner.Add([.. frames.Select(f => f with { TimeSeconds = clock.ToSongSeconds(f.TimeSeconds) })]);
        aligner.Complete();
        return aligner;
    }

    private static double LastMinuteHitShare(Chart chart, NoteAligner aligner)
    {
        var last = LastMinute(chart, aligner);
        return last.Count(id => aligner.Progress(id).IsHit) / (double)last.Length;
    }

    /// <summary>The mean share of each note earned, over the notes of the last minute.</summary>
    private static double LastMinuteCredit(Chart chart, NoteAligner aligner) =>
        LastMinute(chart, aligner).Average(id => aligner.Progress(id).Hit);

    private static int[] LastMinute(Chart chart, NoteAligner aligner)
    {
        var end = chart.Voices[0].Notes.Max(chart.NoteEndSeconds);
        return [.. Enumerable.Range(0, aligner.Notes.Count).Where(id => chart.NoteStartSeconds(aligner.Notes[id]) > end - 60)];
    }

    /// <summary>Twinkle's three lines over and over for five minutes, sung on time, then captured 0.1 % slow.</summary>
    private static (Chart, float[]) Render()
    {
        var text = new StringBuilder("#TITLE:Five minutes\n#ARTIST:Test\n#BPM:120\n#GAP:1000\n#AUDIO:long.ogg\n");
        int[] pitches = [0, 0, 7, 7, 9, 9, 7, 5, 5, 4, 4, 2, 2, 0];
        var beat = 0;
        while (beat * 0.125 < 300)
        {
            for (var i = 0; i < pitches.Length; i++)
            {
                var length = i is 6 or 13 ? 7 : 3;
                text.Append(CultureInfo.InvariantCulture, $": {beat} {length} {pitches[i]} la\n");
                beat += length + 1;
            }

            text.Append(CultureInfo.InvariantCulture, $"- {beat}\n");
            beat += 2;
        }

        var chart = RenderedTakes.Parse(text.Append("E\n").ToString());
        var sung = chart.Voices[0].Notes
            .Select(n => SungNote.FromMidi(n.MidiNote, chart.NoteStartSeconds(n), chart.NoteEndSeconds(n) - chart.NoteStartSeconds(n)))
            .ToList();
        var songEnd = chart.Voices[0].Notes.Max(chart.NoteEndSeconds) + 0.5;
        var song = new VoiceSynthesizer(new VoiceOptions { VocalTract = VocalTract.Female })
            .Synthesize(new F0Contour(sung, RenderedTakes.Natural), Rate, songEnd, seed: 5).Samples;

        // Take sample n was captured at song time n / (Rate × CaptureRate): read the song there, linearly interpolated.
        var take = new float[(int)(song.Length * CaptureRate)];
        for (var n = 0; n < take.Length; n++)
        {
            var position = n / CaptureRate;
            var i = (int)position;
            var fraction = (float)(position - i);
            take[n] = i + 1 < song.Length ? song[i] + fraction * (song[i + 1] - song[i]) : song[i];
        }

        return (chart, take);
    }
}
