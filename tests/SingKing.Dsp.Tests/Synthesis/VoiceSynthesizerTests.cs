using SingKing.Dsp.Synthesis;

namespace SingKing.Dsp.Tests.Synthesis;

public sealed class VoiceSynthesizerTests
{
    private static readonly F0ContourOptions Expressive = new()
    {
        Vibrato = new VibratoOptions { RateHz = 6, ExtentCents = 60 },
        JitterCents = 10,
    };

    private static readonly VoiceOptions Breathy = new() { BreathinessDb = -15 };

    [Fact]
    public void Same_seed_gives_the_same_samples_and_truth()
    {
        var first = SingingVoice.HeldNote("A3", 1.0, 16_000, Breathy, Expressive, seed: 42);
        var second = SingingVoice.HeldNote("A3", 1.0, 16_000, Breathy, Expressive, seed: 42);

        Assert.Equal(first.Samples, second.Samples);
        Assert.Equal(first.TruthHz, second.TruthHz);
    }

    [Fact]
    public void Different_seeds_give_different_breath_and_jitter()
    {
        var first = SingingVoice.HeldNote("A3", 1.0, 16_000, Breathy, Expressive, seed: 1);
        var second = SingingVoice.HeldNote("A3", 1.0, 16_000, Breathy, Expressive, seed: 2);

        Assert.NotEqual(first.Samples, second.Samples);
        Assert.NotEqual(first.TruthHz, second.TruthHz);
    }

    [Fact]
    public void A_steady_220_Hz_note_has_its_spectral_peak_at_220_Hz()
    {
        // /u/ has its first formant near 300 Hz, so the fundamental is the strongest partial.
        var take = SingingVoice.HeldNote(220.0, 1.5, 16_000, new VoiceOptions { Vowel = Vowel.U });
        var steady = take.Samples.AsSpan(4_000, 16_000); // one second, clear of attack and release

        var peakHz = 0.0;
        var peak = 0.0;
        for (var hz = 50.0; hz <= 2_000; hz += 0.5)
        {
            var magnitude = SignalMeasure.GoertzelMagnitude(steady, 16_000, hz);
            if (magnitude > peak)
                (peak, peakHz) = (magnitude, hz);
        }

        Assert.InRange(peakHz, 219.5, 220.5);
    }

    [Fact]
    public void Every_partial_of_a_steady_note_is_a_harmonic_of_its_F0()
    {
        var take = SingingVoice.HeldNote(220.0, 1.5, 16_000, new VoiceOptions { Vowel = Vowel.A, BreathinessDb = double.NegativeInfinity });
        var steady = take.Samples.AsSpan(4_000, 16_000);

        var harmonic = SignalMeasure.GoertzelMagnitude(steady, 16_000, 660);
        var between = SignalMeasure.GoertzelMagnitude(steady, 16_000, 770);

        Assert.True(harmonic > 1_000 * between, $"660 Hz: {harmonic}, 770 Hz: {between}");
    }

    [Fact]
    public void Vibrato_extent_in_the_truth_matches_the_request()
    {
        var vibrato = new VibratoOptions { RateHz = 5.5, ExtentCents = 60, DelaySeconds = 0.1, FadeInSeconds = 0.2 };
        var take = SingingVoice.HeldNote(220.0, 2.0, 16_000, expression: new F0ContourOptions { Vibrato = vibrato });

        // From 0.4 s (vibrato at full depth) to 1.8 s (before the release).
        var cents = take.TruthHz[40..180].Select(hz => SignalMeasure.Cents(hz, 220)).ToArray();

        Assert.InRange(cents.Max(), 58, 60.01);
        Assert.InRange(cents.Min(), -60.01, -58);
    }

    [Fact]
    public void Vibrato_rate_in_the_truth_matches_the_request()
    {
        var vibrato = new VibratoOptions { RateHz = 6, ExtentCents = 40, DelaySeconds = 0, FadeInSeconds = 0 };
        var take = SingingVoice.HeldNote(300.0, 3.0, 16_000, expression: new F0ContourOptions { Vibrato = vibrato });

        // Upward crossings of the note's pitch after 0.51 s up to 2.55 s: at n / 6 s for n = 4 … 15, i.e. 12.
        var upward = 0;
        for (var k = 52; k <= 255; k++)
        {
            if (take.TruthHz[k - 1] < 300 && take.TruthHz[k] >= 300)
                upward++;
        }

        Assert.Equal(12, upward);
    }

    [Fact]
    public void Jitter_spreads_the_truth_by_about_the_requested_cents()
    {
        var take = SingingVoice.HeldNote(220.0, 3.0, 16_000, expression: new F0ContourOptions { JitterCents = 10 });

        var cents = take.TruthHz[20..280].Select(hz => SignalMeasure.Cents(hz, 220)).ToArray();
        var spread = Math.Sqrt(cents.Select(c => c * c).Average());

        Assert.InRange(spread, 8, 12);
    }

    [Fact]
    public void Truth_is_unvoiced_in_rests_and_voiced_on_notes()
    {
        var take = SingingVoice.Melody(16_000, ("rest", 0.5), ("A3", 1.0), ("rest", 0.5), ("E4", 1.0), ("rest", 0.5));

        Assert.All(take.TruthHz[..50], hz => Assert.Equal(0f, hz));
        Assert.All(take.TruthHz[60..145], hz => Assert.Equal(220f, hz, 0.01f));
        Assert.All(take.TruthHz[151..200], hz => Assert.Equal(0f, hz));
        Assert.All(take.TruthHz[210..295], hz => Assert.Equal(329.63f, hz, 0.01f));
        Assert.All(take.TruthHz[301..], hz => Assert.Equal(0f, hz));
    }

    [Fact]
    public void Truth_is_not_claimed_where_the_attack_is_still_inaudible()
    {
        var take = SingingVoice.HeldNote("A3", 1.0, 16_000, new VoiceOptions { AttackSeconds = 0.1, ReleaseSeconds = 0.1 });

        // A raised-cosine attack of 100 ms reaches 5 % after 14.4 ms, so frames 0 and 1 are silent.
        Assert.Equal([0f, 0f, 220f], take.TruthHz[..3]);
        Assert.Equal(0f, take.TruthHz[^1]);
    }

    [Fact]
    public void Truth_has_one_frame_per_10_ms_up_to_the_last_sample()
    {
        var take = SingingVoice.HeldNote("A3", 1.0, 16_000);

        Assert.Equal(16_000, take.Samples.Length);
        Assert.Equal(100, take.TruthHz.Length); // centres 0.00 … 0.99 s; the last sample is at 0.9999375 s
    }

    [Fact]
    public void Scoop_starts_below_the_note_and_arrives_on_it()
    {
        var take = SingingVoice.HeldNote(440.0, 1.0, 16_000,
            new VoiceOptions { AttackSeconds = 0.01 },
            new F0ContourOptions { Scoop = new ScoopOptions { DepthCents = 200, GlideSeconds = 0.1 } });

        Assert.InRange(SignalMeasure.Cents(take.TruthHz[1], 440), -200, -190);
        Assert.InRange(SignalMeasure.Cents(take.TruthHz[5], 440), -110, -90);
        Assert.Equal(440f, take.TruthHz[10], 0.01f);
    }

    [Fact]
    public void Portamento_glides_smoothly_between_legato_notes()
    {
        var take = SingingVoice.Melody(16_000, [("A3", 1.0), ("A4", 1.0)], voice: null,
            new F0ContourOptions { PortamentoSeconds = 0.2 }, seed: 1);

        Assert.Equal(220f, take.TruthHz[89], 0.01f);
        Assert.Equal(311.13f, take.TruthHz[100], 0.05f); // halfway in cents at the boundary
        Assert.Equal(440f, take.TruthHz[111], 0.01f);
        for (var k = 90; k <= 110; k++)
            Assert.InRange(SignalMeasure.Cents(take.TruthHz[k], take.TruthHz[k - 1]), 0, 100);
    }

    [Fact]
    public void Harmonics_stop_below_the_Nyquist_frequency_at_8_kHz()
    {
        // At 8 kHz the 7th harmonic of 630 Hz (4410 Hz) would alias to 3590 Hz; it must be absent.
        var take = SingingVoice.HeldNote(630.0, 1.5, 8_000, new VoiceOptions { Vowel = Vowel.E, SpectralTiltDbPerOctave = -3, BreathinessDb = double.NegativeInfinity });
        var steady = take.Samples.AsSpan(2_000, 8_000);

        var alias = SignalMeasure.GoertzelMagnitude(steady, 8_000, 3_590);
        var fifth = SignalMeasure.GoertzelMagnitude(steady, 8_000, 3_150);

        Assert.True(alias * 1_000 < fifth, $"alias {alias}, 5th harmonic {fifth}");
    }

    [Fact]
    public void Breath_noise_has_the_same_level_below_8_kHz_at_16_and_44_1_kHz()
    {
        static double NoiseToHarmonicDb(int rate)
        {
            var take = SingingVoice.HeldNote(220.0, 2.0, rate, new VoiceOptions { Vowel = Vowel.A, BreathinessDb = -20 });
            var steady = take.Samples.AsSpan(rate / 4, rate); // one second, clear of attack and release

            // The harmonics complete whole cycles in the one-second window, so every other whole-Hz bin holds
            // only noise. |X|² / N estimates the noise power in a bin and dividing by the rate makes it a
            // density comparable across rates; averaging some 2 600 bins tames the scatter of single bins.
            var noise = 0.0;
            var bins = 0;
            for (var hz = 300; hz < 3_000; hz++)
            {
                if (Math.Abs(hz - 220 * Math.Round(hz / 220.0)) < 5)
                    continue;
                noise += Math.Pow(SignalMeasure.GoertzelMagnitude(steady, rate, hz), 2) / steady.Length / rate;
                bins++;
            }

            var harmonic = Math.Pow(SignalMeasure.GoertzelMagnitude(steady, rate, 660), 2) / steady.Length / steady.Length;
            return 10 * Math.Log10(noise / bins / harmonic);
        }

        Assert.Equal(NoiseToHarmonicDb(16_000), NoiseToHarmonicDb(44_100), 1.0);
    }

    [Fact]
    public void Output_stays_within_unit_range_and_peaks_at_minus_3_dBFS()
    {
        var take = SingingVoice.Melody(44_100, [("E2", 1.0), ("C6", 1.0)],
            new VoiceOptions { BreathinessDb = -6 }, Expressive, seed: 3);

        var peak = take.Samples.Max(Math.Abs);

        Assert.Equal(Math.Pow(10, -3 / 20.0), peak, 1e-4);
    }
}
