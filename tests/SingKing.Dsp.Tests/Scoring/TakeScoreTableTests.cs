using SingKing.Dsp.Alignment;
using SingKing.Dsp.Scoring;
using SingKing.Dsp.Synthesis;
using Xunit.Abstractions;
using static SingKing.Dsp.Tests.Scoring.ScoredTakes;

namespace SingKing.Dsp.Tests.Scoring;

/// <summary>
/// Scores every rendered take of docs/scoring.md and prints its table (run with
/// <c>--logger "console;verbosity=detailed"</c> to see it); the takes must come out in a coach's order.
/// </summary>
public sealed class TakeScoreTableTests(ITestOutputHelper output)
{
    [Fact]
    public void Rendered_takes_order_as_a_coach_would_order_them()
    {
        var random = new Random(5);
        var takes = new (string Name, TakeScore Score)[]
        {
            ("in tune, articulated", Score(new Singing())),
            ("an octave up", Score(new Singing { MidiOf = (note, _) => note.MidiNote + 12 })),
            ("250 ms late, latency 250 ms", Score(new Singing { LateSeconds = 0.25 }, latencySeconds: 0.25)),
            ("in tune, smeared (legato on one vowel)", Score(new Singing { Articulated = false })),
            ("30 cents flat", Score(new Singing { MidiOf = (note, _) => note.MidiNote - 0.3 })),
            ("250 ms late, no latency set", Score(new Singing { LateSeconds = 0.25 })),
            ("a semitone sharp", Score(new Singing { MidiOf = (note, _) => note.MidiNote + 1 })),
            ("first half only (11 of 22 notes)", Score(new Singing { MidiOf = (note, id) => id < 11 ? note.MidiNote : null })),
            ("wrong notes 3–5 semitones off", Score(new Singing { MidiOf = (note, _) => note.MidiNote + (random.Next(2) == 0 ? -1 : 1) * random.Next(3, 6) })),
            ("silence", Score(new Singing { MidiOf = (_, _) => null })),
            ("no scoops, 6.5 Hz ±60 cents vibrato", Score(new Singing { Expression = new F0ContourOptions { Vibrato = new VibratoOptions { RateHz = 6.5, ExtentCents = 60 }, JitterCents = 6 } })),
            ("1.5 Hz ±40 cents wobble", Score(new Singing { Expression = new F0ContourOptions { Vibrato = new VibratoOptions { RateHz = 1.5, ExtentCents = 40, DelaySeconds = 0 }, JitterCents = 6 } })),
            ("straight tone", Score(new Singing { Expression = new F0ContourOptions { JitterCents = 6 } })),
            ("200-cent scoops, no vibrato", Score(new Singing { Expression = new F0ContourOptions { Scoop = new ScoopOptions { DepthCents = 200, GlideSeconds = 0.12 }, JitterCents = 6 } })),
            ("a semitone sharp, Easy", Score(new Singing { MidiOf = (note, _) => note.MidiNote + 1 }, Difficulty.Easy)),
            ("a semitone sharp, Hard", Score(new Singing { MidiOf = (note, _) => note.MidiNote + 1 }, Difficulty.Hard)),
            ("in tune, Hard", Score(new Singing(), Difficulty.Hard)),
            ("in tune, white noise at 20 dB SNR", Score(Chart, Recorded(new RecordingConditions { SnrDb = 20 }))),
            ("in tune, white noise at 10 dB SNR", Score(Chart, Recorded(new RecordingConditions { SnrDb = 10 }))),
            ("smeared, white noise at 20 dB SNR", Score(Chart, Recorded(new RecordingConditions { SnrDb = 20 }, articulated: false))),
            ("smeared, white noise at 10 dB SNR", Score(Chart, Recorded(new RecordingConditions { SnrDb = 10 }, articulated: false))),
            ("in tune, room with RT60 0.4 s", Score(Chart, Recorded(new RecordingConditions { ReverbSeconds = 0.4 }))),
            ("in tune, room with RT60 0.8 s", Score(Chart, Recorded(new RecordingConditions { ReverbSeconds = 0.8 }))),
        };

        output.WriteLine("| Take | Total | Live total | Pitch | Rhythm | Lyrics | Mean cents | Stability | Scoops | Vibrato | Faults |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (name, s) in takes)
        {
            var t = s.Tendencies;
            var faults = string.Join(", ", s.Phrases.SelectMany(p => p.Faults).Distinct().Select(PhraseFaults.Name));
            output.WriteLine($"| {name} | {s.Total:F0} | {Live(s):F0} | {s.Pitch:F3} | {s.Rhythm:F3} | {s.LyricDelivery:F3} | {t.MeanCentsDeviation:+0.0;−0.0;0} | {t.LongNoteStabilityCents:F1} c | " +
                $"{t.ScoopShare:P0} ({t.MeanScoopCents:F0} c) | {(t.VibratoRateHz is { } r ? $"{r:F2} Hz ±{t.VibratoExtentCents:F0} c" : "none")} | {faults} |");
        }

        double Total(int i) => takes[i].Score.Total;
        double Pitch(string name) => takes.Single(t => t.Name == name).Score.Pitch;
        Assert.True(Pitch("a semitone sharp, Easy") > Pitch("a semitone sharp") && Pitch("a semitone sharp") > Pitch("a semitone sharp, Hard"),
            "a semitone sharp earns more pitch credit on Easy than on Medium, and more on Medium than on Hard");
        Assert.True(Total(0) > Total(4) && Total(4) > Total(5) && Total(5) > Total(6) && Total(6) > Total(7) && Total(7) > Total(8),
            "in tune > 30 cents flat > late > a semitone sharp > half > wrong notes");
        Assert.True(Total(8) >= Total(9), "wrong notes ≥ silence");
    }

    private static float[] Recorded(RecordingConditions conditions, bool articulated = true) =>
        conditions.Apply(Render(Chart, new Singing { Articulated = articulated }), SampleRate, seed: 9);

    /// <summary>What the live aligner gives the same frames: each frame credited to the note sounding then.</summary>
    private static double Live(TakeScore score)
    {
        var chart = ScoredTakes.Chart;
        var aligner = new NoteAligner(chart, chart.Voices[0], score.Difficulty, new NoteAlignerOptions { LatencySeconds = score.LatencySeconds });
        aligner.Add(score.Frames.ToArray());
        aligner.Complete();
        return aligner.Score.Total;
    }
}
