using SingKing.Dsp.Synthesis;

namespace SingKing.Dsp.Tests.Synthesis;

public sealed class RecordingConditionsTests
{
    [Theory]
    [InlineData(15)]
    [InlineData(20)]
    [InlineData(40)]
    public void White_noise_measures_at_the_requested_SNR(double snrDb)
    {
        var clean = SingingVoice.HeldNote("E3", 2.0, 16_000).Samples;
        var noisy = clean.ToArray();

        WhiteNoise.Add(noisy, snrDb, new Random(7));

        var noise = noisy.Zip(clean, (n, c) => n - c).ToArray();
        var measured = 10 * Math.Log10(SignalMeasure.Power(clean) / SignalMeasure.Power(noise));
        Assert.InRange(measured, snrDb - 0.5, snrDb + 0.5);
    }

    [Fact]
    public void Added_noise_is_white()
    {
        var noisy = new float[32_000];
        noisy[0] = 1; // a single click as the "signal", so the noise dominates everything after it
        WhiteNoise.Add(noisy, -20, new Random(3));

        var low = SignalMeasure.GoertzelMagnitude(noisy, 16_000, 500);
        var high = SignalMeasure.GoertzelMagnitude(noisy, 16_000, 6_000);

        // Single DFT bins of white noise scatter widely; a factor of 10 in magnitude would be a coloured noise.
        Assert.InRange(low / high, 0.1, 10);
    }

    [Fact]
    public void Quiet_conditions_set_the_peak_to_minus_40_dBFS()
    {
        var take = SingingVoice.HeldNote("A3", 1.0, 16_000).With(new RecordingConditions { PeakDbfs = -40, SnrDb = 30 }, seed: 5);

        Assert.Equal(0.01, take.Samples.Max(Math.Abs), 1e-6);
    }

    [Fact]
    public void Reverb_decays_by_60_dB_in_about_the_requested_RT60()
    {
        const int rate = 16_000;
        var impulse = new float[rate * 2];
        impulse[0] = 1;

        var response = RoomReverb.Apply(impulse, rate, rt60Seconds: 0.4, directToReverberantDb: 0);

        // Schroeder backward integration of the energy; RT60 extrapolated from the −5 to −25 dB decay.
        var remaining = new double[response.Length];
        var sum = 0.0;
        for (var n = response.Length - 1; n >= 1; n--)
        {
            sum += response[n] * (double)response[n];
            remaining[n] = sum;
        }

        int Crossing(double db) => Array.FindIndex(remaining, 1, e => 10 * Math.Log10(e / remaining[1]) < db);
        var rt60 = (Crossing(-25) - Crossing(-5)) / (double)rate * 3;
        Assert.InRange(rt60, 0.3, 0.5);
    }

    [Fact]
    public void Same_seed_gives_the_same_noisy_reverberant_take()
    {
        var take = SingingVoice.HeldNote("A3", 1.0, 16_000);
        var conditions = new RecordingConditions { ReverbSeconds = 0.3, SnrDb = 20 };

        Assert.Equal(take.With(conditions, 9).Samples, take.With(conditions, 9).Samples);
    }
}
