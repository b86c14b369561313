using SingKing.Dsp.Synthesis;

namespace SingKing.Dsp.Evaluation;

/// <summary>
/// A deterministic set of synthetic sung clips with exact F0, bass (E2) to soprano (C6), covering vowels,
/// vibrato, scoops, portamento, jitter, breath, white noise at 15–40 dB SNR, a small room and very quiet
/// takes, at 16 and 44.1 kHz. About two and a half minutes of audio; truth stays within 60–1100 Hz.
/// </summary>
public static class PitchCorpus
{
    /// <summary>Silence before the first and after the last note of every clip, in seconds.</summary>
    public const double PaddingSeconds = 0.3;

    private static readonly VibratoOptions ModerateVibrato = new() { RateHz = 5.5, ExtentCents = 50 };

    /// <summary>All clips, in a fixed order.</summary>
    public static IReadOnlyList<CorpusClip> Clips { get; } = Build();

    /// <summary>The clip called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No clip has that name.</exception>
    public static CorpusClip Clip(string name) =>
        Clips.FirstOrDefault(c => c.Name == name) ?? throw new KeyNotFoundException($"The pitch corpus has no clip '{name}'.");

    private static List<CorpusClip> Build() =>
    [
        Make("bass-scale", "bass", 16_000, "Male /a/, E2–E4 arpeggio, 0.55 s notes with short rests.",
            "E2 G2 B2 - E3 G3 B3 - E4 B3 G3 - E3 B2 E2", 0.55,
            new VoiceOptions { Vowel = Vowel.A }, new F0ContourOptions()),
        Make("bass-vibrato", "bass", 44_100, "Male /o/, low bass notes with 5 Hz ±40 cent vibrato, legato.",
            "E2 F#2 A2 E2 - G2 B2 D3 G2", 0.8,
            new VoiceOptions { Vowel = Vowel.O }, new F0ContourOptions { Vibrato = new VibratoOptions { RateHz = 5, ExtentCents = 40 } }),
        Make("vowel-i-male", "vowels", 16_000, "Male /i/ (F1 ≈ 270 Hz), A2–A3.",
            "A2 C3 E3 - A3 E3 C3", 0.6,
            new VoiceOptions { Vowel = Vowel.I }, new F0ContourOptions()),
        Make("vowel-u-male", "vowels", 44_100, "Male /u/ (weak upper harmonics), C3–C4.",
            "C3 E3 G3 - C4 G3 E3", 0.6,
            new VoiceOptions { Vowel = Vowel.U, SpectralTiltDbPerOctave = -12 }, new F0ContourOptions()),
        Make("vowel-e-female", "vowels", 16_000, "Female /e/, G3–G4.",
            "G3 B3 D4 - G4 D4 B3", 0.6,
            new VoiceOptions { Vowel = Vowel.E, VocalTract = VocalTract.Female }, new F0ContourOptions()),
        Make("vowel-o-female", "vowels", 44_100, "Female /o/, C4–C5.",
            "C4 E4 G4 - C5 G4 E4", 0.6,
            new VoiceOptions { Vowel = Vowel.O, VocalTract = VocalTract.Female }, new F0ContourOptions()),
        Make("tenor-vibrato", "vibrato", 44_100, "Male /a/, C3–C5, 6.5 Hz ±70 cent vibrato.",
            "C3 G3 C4 E4 - G4 C5 G4 - E4 C4 G3", 0.8,
            new VoiceOptions { Vowel = Vowel.A }, new F0ContourOptions { Vibrato = new VibratoOptions { RateHz = 6.5, ExtentCents = 70 } }),
        Make("soprano-vibrato", "soprano vibrato", 16_000, "Female /a/, C4–C6, 5.5 Hz ±50 cent vibrato.",
            "C4 G4 C5 E5 - G5 C6 G5 - E5 C5 G4", 0.8,
            new VoiceOptions { Vowel = Vowel.A, VocalTract = VocalTract.Female }, new F0ContourOptions { Vibrato = ModerateVibrato }),
        Make("soprano-vibrato-20db", "soprano vibrato at 20 dB SNR", 16_000, "As soprano-vibrato (other vowel /e/), white noise at 20 dB SNR.",
            "C4 G4 C5 E5 - G5 C6 G5 - E5 C5 G4", 0.8,
            new VoiceOptions { Vowel = Vowel.E, VocalTract = VocalTract.Female }, new F0ContourOptions { Vibrato = ModerateVibrato },
            new RecordingConditions { SnrDb = 20 }),
        Make("alto-scoops", "scoops", 44_100, "Female /a/, F3–F5, every note scooped from 200 cents below over 150 ms.",
            "F3 - A3 - C4 - F4 - A4 - C5 - F5", 0.55,
            new VoiceOptions { Vowel = Vowel.A, VocalTract = VocalTract.Female },
            new F0ContourOptions { Scoop = new ScoopOptions { DepthCents = 200, GlideSeconds = 0.15 } }),
        Make("baritone-scoops", "scoops", 16_000, "Male /o/, A2–A4, scoops of 300 cents over 120 ms and vibrato.",
            "A2 - D3 - A3 - D4 - A4", 0.6,
            new VoiceOptions { Vowel = Vowel.O },
            new F0ContourOptions { Scoop = new ScoopOptions { DepthCents = 300, GlideSeconds = 0.12 }, Vibrato = ModerateVibrato }),
        Make("mezzo-portamento", "portamento", 16_000, "Female /o/, legato leaps up to an octave, 200 ms portamento.",
            "A3 A4 E4 C5 A4 A3 - D4 D5 A4 F4 D4", 0.6,
            new VoiceOptions { Vowel = Vowel.O, VocalTract = VocalTract.Female }, new F0ContourOptions { PortamentoSeconds = 0.2 }),
        Make("tenor-portamento", "portamento", 44_100, "Male /e/, legato glides C3–C5 with 150 ms portamento and vibrato.",
            "C3 G3 C4 G4 C5 G4 E4 C4", 0.7,
            new VoiceOptions { Vowel = Vowel.E }, new F0ContourOptions { PortamentoSeconds = 0.15, Vibrato = ModerateVibrato }),
        Make("baritone-jitter", "jitter", 16_000, "Male /a/, A2–A4, 15 cents of per-cycle jitter (≈ 0.9 %).",
            "A2 C3 E3 A3 - E4 A4 E4 A3", 0.6,
            new VoiceOptions { Vowel = Vowel.A }, new F0ContourOptions { JitterCents = 15 }),
        Make("breathy-alto", "breathy", 44_100, "Female /a/, F3–F5, breath noise at −12 dB, 5 cents jitter.",
            "F3 A3 C4 - F4 A4 C5 - F5 C5 F4", 0.6,
            new VoiceOptions { Vowel = Vowel.A, VocalTract = VocalTract.Female, BreathinessDb = -12 }, new F0ContourOptions { JitterCents = 5 }),
        Make("breathy-bass", "breathy", 16_000, "Male /u/, E2–E4, breath noise at −15 dB and vibrato.",
            "E2 A2 E3 - A3 E4 A3 - E3", 0.6,
            new VoiceOptions { Vowel = Vowel.U, BreathinessDb = -15 }, new F0ContourOptions { Vibrato = ModerateVibrato }),
        Make("noise-15db", "white noise 15 dB SNR", 16_000, "Male /a/, C3–C5 with vibrato, white noise at 15 dB SNR.",
            "C3 E3 G3 C4 - E4 G4 C5 - G4 C4 G3", 0.6,
            new VoiceOptions { Vowel = Vowel.A }, new F0ContourOptions { Vibrato = ModerateVibrato },
            new RecordingConditions { SnrDb = 15 }),
        Make("noise-25db", "white noise 25–40 dB SNR", 44_100, "Female /i/, C4–C6, white noise at 25 dB SNR.",
            "C4 E4 G4 C5 - E5 G5 C6 - G5 C5 G4", 0.6,
            new VoiceOptions { Vowel = Vowel.I, VocalTract = VocalTract.Female }, new F0ContourOptions { Vibrato = ModerateVibrato },
            new RecordingConditions { SnrDb = 25 }),
        Make("noise-40db", "white noise 25–40 dB SNR", 16_000, "Male /e/, E2–E4, white noise at 40 dB SNR.",
            "E2 G#2 B2 E3 - G#3 B3 E4", 0.6,
            new VoiceOptions { Vowel = Vowel.E }, new F0ContourOptions(),
            new RecordingConditions { SnrDb = 40 }),
        Make("reverb-soprano", "reverb", 16_000, "Female /a/, C4–C6 with vibrato, room with RT60 0.4 s at 3 dB direct-to-reverberant ratio.",
            "C4 G4 E5 - C5 G5 C6 - A5 E5 C5", 0.6,
            new VoiceOptions { Vowel = Vowel.A, VocalTract = VocalTract.Female }, new F0ContourOptions { Vibrato = ModerateVibrato },
            new RecordingConditions { ReverbSeconds = 0.4 }),
        Make("reverb-baritone", "reverb", 44_100, "Male /o/, G2–G4 legato, room with RT60 0.3 s, white noise at 30 dB SNR.",
            "G2 B2 D3 G3 D4 G4 D4 B3 G3", 0.55,
            new VoiceOptions { Vowel = Vowel.O }, new F0ContourOptions { Vibrato = ModerateVibrato },
            new RecordingConditions { ReverbSeconds = 0.3, SnrDb = 30 }),
        Make("quiet-bass", "quiet (−40 dBFS peak)", 16_000, "Male /a/, E2–E4 at a peak of −40 dBFS, no noise.",
            "E2 B2 E3 - G3 B3 E4", 0.6,
            new VoiceOptions { Vowel = Vowel.A }, new F0ContourOptions { Vibrato = ModerateVibrato },
            new RecordingConditions { PeakDbfs = -40 }),
        Make("quiet-soprano", "quiet (−40 dBFS peak)", 44_100, "Female /e/, C5–C6 at a peak of −40 dBFS with noise at 30 dB SNR.",
            "C5 E5 G5 - C6 G5 E5", 0.6,
            new VoiceOptions { Vowel = Vowel.E, VocalTract = VocalTract.Female }, new F0ContourOptions { Vibrato = ModerateVibrato },
            new RecordingConditions { PeakDbfs = -40, SnrDb = 30 }),
    ];

    /// <summary>
    /// A clip whose notes are written like <c>"E2 G2 - B2"</c> (a dash is a rest of the same length), each
    /// lasting <paramref name="noteSeconds"/>, with padding before and after.
    /// </summary>
    private static CorpusClip Make(string name, string condition, int nativeRate, string description, string notes,
        double noteSeconds, VoiceOptions voice, F0ContourOptions expression, RecordingConditions? conditions = null)
    {
        var seed = StableSeed(name);
        var sung = new List<SungNote>();
        var time = PaddingSeconds;
        foreach (var token in notes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token != "-")
                sung.Add(SungNote.FromName(token, time, noteSeconds));
            time += noteSeconds;
        }

        var contour = new F0Contour(sung, expression);
        var duration = time + PaddingSeconds;
        var synthesizer = new VoiceSynthesizer(voice);
        return new CorpusClip(name, condition, description, nativeRate, rate =>
        {
            var take = synthesizer.Synthesize(contour, rate, duration, seed);
            return conditions is null ? take : take.With(conditions, seed + 1);
        });
    }

    /// <summary>A seed from the clip's name that, unlike string.GetHashCode, is the same in every process.</summary>
    private static int StableSeed(string name)
    {
        var hash = 17;
        foreach (var c in name)
            hash = unchecked(hash * 31 + c);
        return hash & 0x7fffffff;
    }
}
