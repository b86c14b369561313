using SingKing.Dsp.Synthesis;
using SingKing.Dsp.Timbre;

namespace SingKing.Dsp.Tests.Timbre;

public sealed class VoiceDescriptorAnalyzerTests
{
    private const int Rate = 16_000;

    private static VoiceDescriptors Measure(VoiceOptions? voice = null, F0ContourOptions? expression = null, string note = "A3") =>
        new VoiceDescriptorAnalyzer().Analyze(SingingVoice.HeldNote(note, 3.0, Rate, voice, expression).Samples, Rate);

    [Fact]
    public void A_breathy_voice_has_a_lower_harmonics_to_noise_ratio_than_a_clean_one()
    {
        var clean = Measure(new VoiceOptions { BreathinessDb = -50 });
        var breathy = Measure(new VoiceOptions { BreathinessDb = -15 });

        Assert.True(clean.HarmonicsToNoiseDb > breathy.HarmonicsToNoiseDb + 6,
            $"clean {clean.HarmonicsToNoiseDb:F1} dB vs breathy {breathy.HarmonicsToNoiseDb:F1} dB");
    }

    [Fact]
    public void A_voice_with_a_flatter_source_spectrum_is_brighter()
    {
        var dark = Measure(new VoiceOptions { SpectralTiltDbPerOctave = -15 });
        var bright = Measure(new VoiceOptions { SpectralTiltDbPerOctave = -4 });

        Assert.True(bright.SpectralCentroidHz > dark.SpectralCentroidHz + 200, $"bright {bright.SpectralCentroidHz:F0} Hz vs dark {dark.SpectralCentroidHz:F0} Hz");
        Assert.True(bright.SingersFormantDb > dark.SingersFormantDb + 6, $"bright {bright.SingersFormantDb:F1} dB vs dark {dark.SingersFormantDb:F1} dB");
    }

    [Fact]
    public void Cycle_to_cycle_pitch_jitter_raises_the_jitter()
    {
        var steady = Measure(expression: new F0ContourOptions());
        var rough = Measure(expression: new F0ContourOptions { JitterCents = 30 });

        Assert.True(rough.JitterPercent > 2 * steady.JitterPercent && rough.JitterPercent > 0.2,
            $"rough {rough.JitterPercent:F3} % vs steady {steady.JitterPercent:F3} %");
    }

    [Fact]
    public void A_steady_tone_has_little_shimmer_and_an_amplitude_modulated_one_has_more()
    {
        var steady = new VoiceDescriptorAnalyzer().Analyze(SingingVoice.HeldNote("A3", 3.0, Rate).Samples, Rate);
        var take = SingingVoice.HeldNote("A3", 3.0, Rate).Samples;
        var random = new Random(3);
        for (var start = 0; start < take.Length; start += 64)
        {
            var gain = (float)(1 + 0.3 * (random.NextDouble() - 0.5));
            for (var n = start; n < Math.Min(take.Length, start + 64); n++)
                take[n] *= gain;
        }

        var shaky = new VoiceDescriptorAnalyzer().Analyze(take, Rate);

        Assert.True(shaky.ShimmerPercent > 2 * steady.ShimmerPercent && shaky.ShimmerPercent > 1,
            $"shaky {shaky.ShimmerPercent:F2} % vs steady {steady.ShimmerPercent:F2} %");
    }

    [Fact]
    public void Vibrato_rate_and_extent_are_measured_on_a_held_note()
    {
        var measured = Measure(expression: new F0ContourOptions
        {
            Vibrato = new VibratoOptions { RateHz = 5.5, ExtentCents = 60, DelaySeconds = 0, FadeInSeconds = 0 },
        });

        Assert.InRange(measured.VibratoRateHz, 5.2, 5.8);
        Assert.InRange(measured.VibratoExtentCents, 45, 75);
    }

    [Fact]
    public void A_straight_tone_has_no_vibrato()
    {
        var measured = Measure();

        Assert.False(measured.HasVibrato);
        Assert.Equal(0, measured.VibratoExtentCents);
    }

    [Fact]
    public void Voiced_time_counts_only_the_sung_part_of_the_recording()
    {
        var samples = new float[Rate * 5];
        SingingVoice.HeldNote("A3", 3.0, Rate).Samples.CopyTo(samples, 0);

        var measured = new VoiceDescriptorAnalyzer().Analyze(samples, Rate);

        Assert.Equal(5.0, measured.DurationSeconds, 3);
        Assert.InRange(measured.VoicedSeconds, 2.7, 3.1);
    }
}
