using SingKing.Dsp.Synthesis;

namespace SingKing.Dsp.Timbre;

/// <summary>
/// A synthetic singer with the traits of one timbre, for the labelled training corpus: every singer of a
/// class has their own vocal tract, pitch range, tempo and trait strengths drawn from a seed, and sings
/// random pentatonic melodies.
/// </summary>
/// <remarks>
/// Traits per class — ballad: breathy (−24…−15 dB breath), dark, soft attacks, slow vibrato (4.3–5.5 Hz,
/// 25–60 cents), slow notes; dance: clean (−55…−42 dB), bright, straight tone, short notes; rock: bright,
/// rough (per-cycle pitch jitter 15–35 cents, amplitude shimmer 8–20 %) and overdriven (tanh distortion), short notes; trot:
/// fast wide vibrato (6.2–8 Hz, 70–140 cents) and notes bent in from below (150–350 cents).
/// </remarks>
public sealed class SyntheticTimbreSinger
{
    private static readonly int[] Pentatonic = [0, 2, 4, 7, 9];

    private readonly int _seed;
    private readonly VoiceOptions _voice;
    private readonly F0ContourOptions _expression;
    private readonly int _baseMidi;
    private readonly double _noteSeconds;
    private readonly double _drive;
    private readonly double _shimmer;
    private readonly double _snrDb;

    /// <summary>Singer <paramref name="singer"/> (0, 1, …) of the timbre <paramref name="label"/> (one of <see cref="TimbreLabels.All"/>).</summary>
    public SyntheticTimbreSinger(string label, int singer)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentOutOfRangeException.ThrowIfNegative(singer);
        var classIndex = TimbreLabels.All.ToList().IndexOf(label);
        if (classIndex < 0)
            throw new ArgumentException($"Unknown timbre '{label}'; use one of {string.Join(", ", TimbreLabels.All)}.", nameof(label));
        Label = label;
        Singer = singer;
        _seed = 1_000_003 * (classIndex + 1) + 7_919 * singer;
        var random = new Random(_seed);

        var female = random.NextDouble() < 0.5;
        var tract = female ? VocalTract.Female : VocalTract.Male;
        _baseMidi = (female ? 57 : 45) + random.Next(0, 9);
        _snrDb = Between(random, 28, 45);
        double Draw(double low, double high) => Between(random, low, high);

        switch (label)
        {
            case TimbreLabels.Ballad:
                _voice = new VoiceOptions { VocalTract = tract, BreathinessDb = Draw(-24, -15), SpectralTiltDbPerOctave = Draw(-15, -11), AttackSeconds = Draw(0.10, 0.20), ReleaseSeconds = Draw(0.15, 0.30) };
                _expression = new F0ContourOptions
                {
                    Vibrato = new VibratoOptions { RateHz = Draw(4.3, 5.5), ExtentCents = Draw(25, 60), DelaySeconds = Draw(0.2, 0.4), FadeInSeconds = 0.3 },
                    PortamentoSeconds = Draw(0.06, 0.12),
                    JitterCents = Draw(0, 3),
                };
                _noteSeconds = Draw(0.6, 1.0);
                break;
            case TimbreLabels.Dance:
                _voice = new VoiceOptions { VocalTract = tract, BreathinessDb = Draw(-55, -42), SpectralTiltDbPerOctave = Draw(-7, -4), AttackSeconds = Draw(0.01, 0.03), ReleaseSeconds = Draw(0.03, 0.06) };
                _expression = new F0ContourOptions { PortamentoSeconds = Draw(0.01, 0.03), JitterCents = Draw(0, 2) };
                _noteSeconds = Draw(0.2, 0.4);
                break;
            case TimbreLabels.Rock:
                _voice = new VoiceOptions { VocalTract = tract, BreathinessDb = Draw(-36, -26), SpectralTiltDbPerOctave = Draw(-6, -3), AttackSeconds = Draw(0.01, 0.04), ReleaseSeconds = Draw(0.04, 0.08) };
                _expression = new F0ContourOptions
                {
                    Vibrato = random.NextDouble() < 0.4 ? new VibratoOptions { RateHz = Draw(5.5, 7), ExtentCents = Draw(10, 30) } : null,
                    JitterCents = Draw(15, 35),
                };
                _noteSeconds = Draw(0.25, 0.5);
                _drive = Draw(3, 8);
                _shimmer = Draw(0.08, 0.2);
                break;
            default:
                _voice = new VoiceOptions { VocalTract = tract, BreathinessDb = Draw(-38, -28), SpectralTiltDbPerOctave = Draw(-10, -7), AttackSeconds = Draw(0.03, 0.06), ReleaseSeconds = Draw(0.06, 0.12) };
                _expression = new F0ContourOptions
                {
                    Vibrato = new VibratoOptions { RateHz = Draw(6.2, 8), ExtentCents = Draw(70, 140), DelaySeconds = Draw(0.1, 0.2), FadeInSeconds = 0.1 },
                    Scoop = new ScoopOptions { DepthCents = Draw(150, 350), GlideSeconds = Draw(0.08, 0.15) },
                    JitterCents = Draw(2, 6),
                };
                _noteSeconds = Draw(0.4, 0.8);
                break;
        }
    }

    /// <summary>The timbre this singer was drawn for.</summary>
    public string Label { get; }

    /// <summary>The singer's number within the class.</summary>
    public int Singer { get; }

    /// <summary>
    /// Clip <paramref name="clip"/> of this singer: a melody of <paramref name="seconds"/> s at
    /// <paramref name="sampleRate"/> Hz. The same arguments always give the same samples.
    /// </summary>
    public float[] Sing(int clip, double seconds, int sampleRate = 16_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(clip);
        if (!(seconds > 0.5))
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "A clip lasts more than 0.5 s.");
        var random = new Random(unchecked(_seed * 31 + clip));
        var voice = new VoiceOptions
        {
            Vowel = (Vowel)random.Next(Enum.GetValues<Vowel>().Length),
            VocalTract = _voice.VocalTract,
            BreathinessDb = _voice.BreathinessDb,
            SpectralTiltDbPerOctave = _voice.SpectralTiltDbPerOctave,
            AttackSeconds = _voice.AttackSeconds,
            ReleaseSeconds = _voice.ReleaseSeconds,
        };

        var notes = new List<SungNote>();
        var time = 0.05;
        var degree = random.Next(Pentatonic.Length);
        while (time < seconds - 0.3)
        {
            degree = Math.Clamp(degree + random.Next(-2, 3), 0, 2 * Pentatonic.Length - 1);
            var midi = _baseMidi + 12 * (degree / Pentatonic.Length) + Pentatonic[degree % Pentatonic.Length];
            var length = Math.Min(_noteSeconds * (0.7 + 0.6 * random.NextDouble()), seconds - 0.05 - time);
            notes.Add(SungNote.FromMidi(midi, time, length));
            time += length;
            // Now and then a breath between phrases.
            if (random.NextDouble() < 0.15)
                time += 0.15 + 0.2 * random.NextDouble();
        }

        var take = new VoiceSynthesizer(voice).Synthesize(new F0Contour(notes, _expression), sampleRate, seconds, random.Next());
        var samples = take.Samples.ToArray();
        // Overdrive first: saturation would otherwise flatten the shimmer it follows.
        if (_drive > 0)
            Overdrive(samples, _drive);
        if (_shimmer > 0)
            Shimmer(samples, sampleRate, _shimmer, random);
        return new RecordingConditions { SnrDb = _snrDb }.Apply(samples, sampleRate, random.Next());
    }

    private static double Between(Random random, double low, double high) => low + (high - low) * random.NextDouble();

    // Amplitude that changes at random every 4 ms (about one cycle of a 250 Hz voice), interpolated so it does not click.
    private static void Shimmer(float[] samples, int sampleRate, double depth, Random random)
    {
        var step = Math.Max(1, sampleRate / 250);
        var previous = 1.0;
        for (var start = 0; start < samples.Length; start += step)
        {
            var next = 1 + depth * StandardNormal.Next(random);
            for (var n = start; n < Math.Min(samples.Length, start + step); n++)
            {
                var x = (n - start) / (double)step;
                samples[n] *= (float)Math.Max(0, previous + (next - previous) * x);
            }

            previous = next;
        }
    }

    // A saturating amplifier: the harder the drive, the more the waveform's peaks are flattened.
    private static void Overdrive(float[] samples, double drive)
    {
        var norm = Math.Tanh(drive);
        for (var n = 0; n < samples.Length; n++)
            samples[n] = (float)(Math.Tanh(drive * samples[n] / 0.7) / norm);
    }
}
