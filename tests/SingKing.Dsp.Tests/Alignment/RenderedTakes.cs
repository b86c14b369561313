using SingKing.Dsp.Alignment;
using SingKing.Dsp.Charts;
using SingKing.Dsp.Synthesis;

namespace SingKing.Dsp.Tests.Alignment;

/// <summary>
/// Takes rendered from a chart: each note's pitch held for its duration with rests between, sung by the
/// synthesizer with a natural expression and read back by the real pitch tracker.
/// </summary>
internal static class RenderedTakes
{
    public const int SampleRate = 16_000;

    /// <summary>
    /// Three lines of "Twinkle Twinkle" at 120 BPM (a beat is 125 ms): quarter notes sung for 375 ms with an
    /// eighth of a beat's breath between them, each line ending on a long note, a rest between lines.
    /// </summary>
    public const string TwinkleText =
        """
        #VERSION:1.0.0
        #TITLE:Twinkle Twinkle Little Star
        #ARTIST:Traditional
        #BPM:120
        #GAP:1000
        #AUDIO:twinkle.ogg
        : 0 3 0 Twin
        : 4 3 0 kle
        : 8 3 7  twin
        : 12 3 7 kle
        : 16 3 9  lit
        : 20 3 9 tle
        : 24 7 7  star
        - 34
        : 36 3 5 How
        : 40 3 5  I
        : 44 3 4  won
        : 48 3 4 der
        : 52 3 2  what
        : 56 3 2  you
        : 60 7 0  are
        - 70
        : 72 3 7 Up
        : 76 3 7  a
        : 80 3 5 bove
        : 84 3 5  the
        : 88 3 4  world
        : 92 3 4  so
        : 96 7 2  high
        E
        """;

    /// <summary>Natural singing: a light vibrato, a small scoop into each note, a little jitter.</summary>
    public static readonly F0ContourOptions Natural = new()
    {
        Vibrato = new VibratoOptions { ExtentCents = 30, RateHz = 5.5 },
        Scoop = new ScoopOptions { DepthCents = 100, GlideSeconds = 0.08 },
        JitterCents = 6,
    };

    private static readonly Lazy<Chart> LazyTwinkle = new(() => Parse(TwinkleText));

    public static Chart Twinkle => LazyTwinkle.Value;

    public static Chart Parse(string text)
    {
        var result = UltraStarParser.Parse(text);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ToString())));
        return result.Chart!;
    }

    /// <summary>
    /// Sings the first voice of <paramref name="chart"/>: every note for which <paramref name="midiOf"/> gives a
    /// pitch, at that pitch, <paramref name="lateSeconds"/> after its chart time; returns the tracker's frames,
    /// stamped in song time (the take starts with the song).
    /// </summary>
    public static PitchFrame[] Sing(Chart chart, Func<ChartNote, int, double?> midiOf, double lateSeconds = 0, int seed = 3)
    {
        var voice = chart.Voices[0];
        var sung = new List<SungNote>();
        var id = 0;
        foreach (var note in voice.Notes)
        {
            if (midiOf(note, id++) is { } midi)
            {
                var start = chart.NoteStartSeconds(note) + lateSeconds;
                sung.Add(SungNote.FromMidi(midi, start, chart.NoteEndSeconds(note) - chart.NoteStartSeconds(note)));
            }
        }

        var end = voice.Notes.Max(chart.NoteEndSeconds) + Math.Max(0, lateSeconds) + 0.5;
        var voiceOptions = new VoiceOptions { VocalTract = VocalTract.Female };
        var take = sung.Count == 0
            ? new SynthesizedTake(new float[(int)(end * SampleRate)], SampleRate, [])
            : new VoiceSynthesizer(voiceOptions).Synthesize(new F0Contour(sung, Natural), SampleRate, end, seed);
        return Track(take.Samples);
    }

    /// <summary>Sings every note of the chart at its own pitch plus <paramref name="semitones"/>.</summary>
    public static PitchFrame[] SingTransposed(Chart chart, double semitones, double lateSeconds = 0) =>
        Sing(chart, (note, _) => note.MidiNote + semitones, lateSeconds);

    /// <summary>The tracker's frames for the samples, fed in 20 ms chunks like the live session's audio.</summary>
    public static PitchFrame[] Track(float[] samples)
    {
        var tracker = new PitchTracker(SampleRate);
        var frames = new List<PitchFrame>();
        const int chunk = SampleRate / 50;
        for (var i = 0; i < samples.Length; i += chunk)
            tracker.Process(samples.AsSpan(i, Math.Min(chunk, samples.Length - i)), frames);
        tracker.Flush(frames);
        return [.. frames];
    }

    /// <summary>Aligns all frames at once and completes the take.</summary>
    public static NoteAligner Align(Chart chart, PitchFrame[] frames, Difficulty difficulty = Difficulty.Medium,
        double latencySeconds = 0)
    {
        var aligner = new NoteAligner(chart, chart.Voices[0], difficulty, new NoteAlignerOptions { LatencySeconds = latencySeconds });
        aligner.Add(frames);
        aligner.Complete();
        return aligner;
    }

    /// <summary>Every note's final progress, by id.</summary>
    public static NoteProgress[] Progress(NoteAligner aligner) =>
        Enumerable.Range(0, aligner.Notes.Count).Select(aligner.Progress).ToArray();

    /// <summary>How many scored notes count as hit.</summary>
    public static int HitCount(NoteAligner aligner) =>
        Progress(aligner).Count(p => aligner.Notes[p.NoteId].IsScored && p.IsHit);
}
