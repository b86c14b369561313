using SingKing.Dsp.Calibration;
using SingKing.Dsp.Synthesis;

namespace SingKing.Dsp.Tests.Calibration;

public sealed class LatencyEstimatorTests
{
    private static readonly LatencyEstimator Estimator = new(ClickTrack.Standard);

    // A quiet microphone (−40 dBFS peak) in a small room, with hiss 20 dB below the clicks' mean power.
    private static readonly RecordingConditions QuietRoom = new() { ReverbSeconds = 0.3, SnrDb = 20, PeakDbfs = -40 };

    [Theory]
    [InlineData(0, 44_100)]
    [InlineData(120, 44_100)]
    [InlineData(250, 44_100)]
    [InlineData(480, 44_100)]
    [InlineData(0, 16_000)]
    [InlineData(120, 16_000)]
    [InlineData(250, 16_000)]
    [InlineData(480, 16_000)]
    public void Estimator_finds_the_delay_of_a_quiet_reverberant_noisy_recording_within_2_ms(int delayMs, int sampleRate)
    {
        var recording = Record(delayMs, sampleRate, QuietRoom, seed: delayMs + sampleRate);

        var estimate = Estimator.Estimate(recording, sampleRate);

        Assert.True(estimate.IsMeasured, estimate.Advice);
        Assert.Equal(8, estimate.MatchedClicks);
        Assert.InRange(estimate.LatencyMs, delayMs - 2.0, delayMs + 2.0);
        Assert.InRange(estimate.SpreadMs, 0, 2);
    }

    [Fact]
    public void Estimator_finds_the_delay_at_8_kHz()
    {
        var recording = Record(187, 8_000, QuietRoom, seed: 3);

        var estimate = Estimator.Estimate(recording, 8_000);

        Assert.InRange(estimate.LatencyMs, 185.0, 189.0);
    }

    [Fact]
    public void Estimator_times_a_delay_between_two_samples_to_a_tenth_of_a_millisecond()
    {
        const int sampleRate = 44_100;
        // The track itself rendered 187.4 ms later: 8264.34 samples, not a whole number.
        var late = new ClickTrack(ClickTrack.Standard.ClickTimesSeconds.Select(t => t + 0.1874).ToArray());
        var recording = QuietRoom.Apply(late.Render(sampleRate), sampleRate, seed: 17);

        var estimate = Estimator.Estimate(recording, sampleRate);

        Assert.InRange(estimate.LatencyMs, 187.3, 187.5);
    }

    [Fact]
    public void A_ringing_speaker_adds_little_more_than_its_own_delay()
    {
        const int sampleRate = 44_100;
        var recording = Record(200, sampleRate, new RecordingConditions(), seed: 0);
        Resonate(recording, sampleRate, centreHz: 1000, q: 5);
        recording = QuietRoom.Apply(recording, sampleRate, seed: 19);

        var estimate = Estimator.Estimate(recording, sampleRate);

        Assert.Equal(8, estimate.MatchedClicks);
        Assert.InRange(estimate.LatencyMs, 198.0, 202.0);
    }

    [Fact]
    public void A_loud_steady_1_kHz_tone_is_refused_rather_than_mismeasured()
    {
        const int sampleRate = 44_100;
        var recording = Record(200, sampleRate, new RecordingConditions(), seed: 0);
        // A whistle at 1003 Hz, 30 % of the clicks' peak, all the way through.
        var whistle = 0.3 * recording.Max(Math.Abs);
        for (var n = 0; n < recording.Length; n++)
            recording[n] += (float)(whistle * Math.Sin(2 * Math.PI * 1003 * n / sampleRate));

        var estimate = Estimator.Estimate(recording, sampleRate);

        Assert.False(estimate.IsMeasured);
    }

    [Fact]
    public void Coughs_between_the_clicks_do_not_move_the_estimate()
    {
        const int sampleRate = 44_100;
        var clean = Record(250, sampleRate, new RecordingConditions { ReverbSeconds = 0.3, PeakDbfs = -40 }, seed: 1);
        var random = new Random(7);
        // Bursts of broadband noise, each louder than a click, between the clicks' arrivals.
        foreach (var coughSeconds in new[] { 0.45, 1.62, 2.95, 4.1 })
        {
            var start = (int)(coughSeconds * sampleRate);
            for (var n = 0; n < (int)(0.15 * sampleRate); n++)
                clean[start + n] += (float)(0.05 * (random.NextDouble() * 2 - 1) * Math.Exp(-n / (0.04 * sampleRate)));
        }
        WhiteNoise.Add(clean, 30, new Random(2));

        var estimate = Estimator.Estimate(clean, sampleRate);

        Assert.True(estimate.IsMeasured, estimate.Advice);
        Assert.InRange(estimate.LatencyMs, 248.0, 252.0);
    }

    [Fact]
    public void Estimator_finds_the_delay_when_three_clicks_are_lost()
    {
        const int sampleRate = 16_000;
        var recording = Record(300, sampleRate, QuietRoom, seed: 5);
        // Silence the arrivals of clicks 2, 4 and 7, as a dropout or a door slam would.
        foreach (var click in new[] { 1, 3, 6 })
        {
            var start = (int)((ClickTrack.Standard.ClickTimesSeconds[click] + 0.3 - 0.01) * sampleRate);
            Array.Clear(recording, start, (int)(0.4 * sampleRate));
        }

        var estimate = Estimator.Estimate(recording, sampleRate);

        Assert.Equal(5, estimate.MatchedClicks);
        Assert.InRange(estimate.LatencyMs, 298.0, 302.0);
    }

    [Fact]
    public void Digital_silence_is_not_measured_and_says_to_turn_the_speakers_up()
    {
        var estimate = Estimator.Estimate(new float[6 * 44_100], 44_100);

        Assert.False(estimate.IsMeasured);
        Assert.Equal(0, estimate.MatchedClicks);
        Assert.Contains("Turn the speakers up", estimate.Advice);
    }

    [Fact]
    public void Microphone_hiss_alone_is_not_measured()
    {
        var hiss = new float[6 * 44_100];
        hiss[0] = 1e-3f; // WhiteNoise needs a signal to scale against.
        WhiteNoise.Add(hiss, -20, new Random(11));

        var estimate = Estimator.Estimate(hiss, 44_100);

        Assert.False(estimate.IsMeasured);
        Assert.NotNull(estimate.Advice);
    }

    [Fact]
    public void Clicks_buried_in_loud_noise_are_not_measured()
    {
        var recording = Record(200, 16_000, new RecordingConditions { SnrDb = -30, PeakDbfs = -6 }, seed: 13);

        var estimate = Estimator.Estimate(recording, 16_000);

        Assert.False(estimate.IsMeasured);
        Assert.InRange(estimate.MatchedClicks, 0, 4);
    }

    // A small speaker's resonance: the RBJ band-pass biquad (constant 0 dB peak gain), in place.
    private static void Resonate(float[] samples, int sampleRate, double centreHz, double q)
    {
        var w0 = 2 * Math.PI * centreHz / sampleRate;
        var alpha = Math.Sin(w0) / (2 * q);
        double a0 = 1 + alpha, a1 = -2 * Math.Cos(w0), a2 = 1 - alpha;
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
        for (var n = 0; n < samples.Length; n++)
        {
            double x = samples[n];
            var y = (alpha * x - alpha * x2 - a1 * y1 - a2 * y2) / a0;
            (x2, x1, y2, y1) = (x1, x, y1, y);
            samples[n] = (float)y;
        }
    }

    // The click track as a microphone hears it: delayed, then through the room and the microphone.
    private static float[] Record(int delayMs, int sampleRate, RecordingConditions conditions, int seed)
    {
        var played = ClickTrack.Standard.Render(sampleRate);
        var delayed = new float[played.Length + delayMs * sampleRate / 1000];
        played.CopyTo(delayed, delayMs * sampleRate / 1000);
        return conditions.Apply(delayed, sampleRate, seed);
    }
}
