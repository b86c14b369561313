using SingKing.Dsp.Alignment;
using SingKing.Dsp.Charts;
using SingKing.Dsp.Scoring;
using SingKing.Dsp.Synthesis;

namespace SingKing.Dsp.Tests.Scoring;

/// <summary>
/// Takes rendered from a chart for the scorer: each note's pitch held for its duration, notes of a line sung
/// legato, and between syllables a consonant — a 60 ms dip in level with a short burst of noise — unless the take
/// is smeared (legato on one vowel).
/// </summary>
internal static class ScoredTakes
{
    public const int SampleRate = 16_000;

    /// <summary>
    /// "Twinkle Twinkle" at 120 BPM (a beat is 125 ms), three lines with a rest between them; notes of a line
    /// touch (legato), the first line has a <c>~</c> continuation gliding from A4 down to G4, each line ends on a
    /// long note (1.25 s), and the second line's last note is golden.
    /// </summary>
    public const string ChartText =
        """
        #VERSION:1.0.0
        #TITLE:Twinkle Twinkle Little Star
        #ARTIST:Traditional
        #BPM:120
        #GAP:1000
        #AUDIO:twinkle.ogg
        : 0 4 0 Twin
        : 4 4 0 kle
        : 8 4 7  twin
        : 12 4 7 kle
        : 16 4 9  lit
        : 20 2 9 tle
        : 22 2 7 ~
        : 24 10 7  star
        - 38
        : 40 4 5 How
        : 44 4 5  I
        : 48 4 4  won
        : 52 4 4 der
        : 56 4 2  what
        : 60 4 2  you
        * 64 10 0  are
        - 78
        : 80 4 7 Up
        : 84 4 7  a
        : 88 4 5 bove
        : 92 4 5  the
        : 96 4 4  world
        : 100 4 4  so
        : 104 10 2  high
        E
        """;

    private static readonly Lazy<Chart> LazyChart = new(() => Parse(ChartText));

    public static Chart Chart => LazyChart.Value;

    /// <summary>Natural singing: a light vibrato, a small scoop into each note, a little jitter.</summary>
    public static readonly F0ContourOptions Natural = new()
    {
        Vibrato = new VibratoOptions { ExtentCents = 30, RateHz = 5.5 },
        Scoop = new ScoopOptions { DepthCents = 100, GlideSeconds = 0.08 },
        JitterCents = 6,
    };

    public static Chart Parse(string text)
    {
        var result = UltraStarParser.Parse(text);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ToString())));
        return result.Chart!;
    }

    /// <summary>How a rendered take departs from the chart.</summary>
    public sealed record Singing
    {
        /// <summary>The pitch sung for a note (by id), or null to leave it out; default: the note's own pitch.</summary>
        public Func<ChartNote, int, double?> MidiOf { get; init; } = (note, _) => note.MidiNote;

        /// <summary>Seconds every note is sung after its chart time.</summary>
        public double LateSeconds { get; init; }

        /// <summary>Seconds each line (by index) is sung after its chart time, on top of <see cref="LateSeconds"/>; null for none.</summary>
        public double[]? LateSecondsByPhrase { get; init; }

        /// <summary>Whether syllables are separated by consonants (false: legato on one vowel).</summary>
        public bool Articulated { get; init; } = true;

        public F0ContourOptions Expression { get; init; } = Natural;

        public int Seed { get; init; } = 3;
    }

    /// <summary>Renders a voice of <paramref name="chart"/> (the first by default) as <paramref name="singing"/> says.</summary>
    public static float[] Render(Chart chart, Singing singing, int voiceIndex = 0)
    {
        var voice = chart.Voices[voiceIndex];
        var sung = new List<SungNote>();
        var syllableStarts = new List<double>();
        var id = 0;
        for (var p = 0; p < voice.Phrases.Count; p++)
        {
            var phrase = voice.Phrases[p];
            var late = singing.LateSeconds + (singing.LateSecondsByPhrase?[p] ?? 0);
            var first = true;
            foreach (var note in phrase.Notes)
            {
                if (singing.MidiOf(note, id++) is { } midi)
                {
                    var start = chart.NoteStartSeconds(note) + late;
                    sung.Add(SungNote.FromMidi(midi, start, chart.NoteEndSeconds(note) - chart.NoteStartSeconds(note)));
                    if (!first && !note.IsContinuation)
                        syllableStarts.Add(start);
                }
                first = false;
            }
        }

        var end = voice.Notes.Max(chart.NoteEndSeconds) + Math.Max(0, singing.LateSeconds) + 0.5;
        var samples = sung.Count == 0
            ? new float[(int)(end * SampleRate)]
            : new VoiceSynthesizer(new VoiceOptions { VocalTract = VocalTract.Female })
                .Synthesize(new F0Contour(sung, singing.Expression), SampleRate, end, singing.Seed).Samples;
        if (singing.Articulated)
            Articulate(samples, syllableStarts, singing.Seed);
        return samples;
    }

    /// <summary>
    /// A consonant before each syllable that follows another without a rest: the vowel dips to a tenth of its
    /// level over 60 ms centred 10 ms before the syllable, and 30 ms of noise at a fifth of the take's peak
    /// bursts just before it (as a /t/ or /k/ release).
    /// </summary>
    public static void Articulate(float[] samples, IEnumerable<double> syllableStarts, int seed)
    {
        var random = new Random(seed);
        var peak = samples.Max(Math.Abs);
        foreach (var t in syllableStarts)
        {
            var centre = (int)((t - 0.010) * SampleRate);
            var half = (int)(0.030 * SampleRate);
            for (var i = -half; i <= half; i++)
            {
                var n = centre + i;
                if (n < 0 || n >= samples.Length)
                    continue;
                var depth = 0.5 + 0.5 * Math.Cos(Math.PI * i / half); // 1 at the centre, 0 at the edges
                samples[n] *= (float)(1 - 0.9 * depth);
            }

            var burstStart = (int)((t - 0.035) * SampleRate);
            var burstLength = (int)(0.030 * SampleRate);
            for (var i = 0; i < burstLength; i++)
            {
                var n = burstStart + i;
                if (n < 0 || n >= samples.Length)
                    continue;
                var shape = Math.Sin(Math.PI * i / burstLength);
                samples[n] += (float)(0.2 * peak * shape * (2 * random.NextDouble() - 1));
            }
        }
    }

    /// <summary>Scores a rendered take of the chart's first voice.</summary>
    public static TakeScore Score(Chart chart, float[] samples, Difficulty difficulty = Difficulty.Medium, double latencySeconds = 0) =>
        new TakeScorer(new TakeScorerOptions { Difficulty = difficulty, LatencySeconds = latencySeconds })
            .Score(chart, chart.Voices[0], samples, SampleRate);

    public static TakeScore Score(Singing singing, Difficulty difficulty = Difficulty.Medium, double latencySeconds = 0) =>
        Score(Chart, Render(Chart, singing), difficulty, latencySeconds);
}
