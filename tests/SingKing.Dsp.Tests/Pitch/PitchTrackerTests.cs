using SingKing.Dsp.Pitch;

namespace SingKing.Dsp.Tests.Pitch;

public sealed class PitchTrackerTests
{
    [Fact]
    public void Tracker_reads_a_220_Hz_sine_within_a_fifth_of_a_hertz()
    {
        var frames = TestSignals.Track(TestSignals.Sine(220, 1.0, 16_000), 16_000);

        var steady = frames.Between(0.1, 0.9).ToList();
        Assert.All(steady, f => Assert.InRange(f.FrequencyHz, 219.8f, 220.2f));
    }

    [Theory]
    [InlineData(8_000)]
    [InlineData(11_025)]
    [InlineData(22_050)]
    [InlineData(44_100)]
    [InlineData(48_000)]
    public void Tracker_reads_the_same_pitch_at_any_input_rate(int sampleRate)
    {
        var frames = TestSignals.Track(TestSignals.Harmonic(196, 1.0, sampleRate), sampleRate);

        var steady = frames.Between(0.1, 0.9).ToList();
        Assert.NotEmpty(steady);
        Assert.All(steady, f => Assert.InRange(f.FrequencyHz, 195.6f, 196.4f));
    }

    [Theory]
    [InlineData(65.41)]   // C2, a bass's low note
    [InlineData(98.0)]
    [InlineData(261.63)]
    [InlineData(523.25)]
    [InlineData(1046.5)]  // C6, a soprano's high C
    public void Tracker_covers_bass_to_soprano(double frequencyHz)
    {
        var frames = TestSignals.Track(TestSignals.Harmonic(frequencyHz, 1.0, 16_000), 16_000);

        var steady = frames.Between(0.1, 0.9).ToList();
        var cents = steady.Select(f => 1200 * Math.Log2(f.FrequencyHz / frequencyHz)).ToList();
        Assert.All(cents, c => Assert.InRange(c, -1, 1));
    }

    [Fact]
    public void Tracker_emits_one_frame_per_10_ms_stamped_at_frame_centres()
    {
        var frames = TestSignals.Track(TestSignals.Sine(220, 1.234, 16_000), 16_000);

        Assert.Equal(124, frames.Count); // ⌈19744 / 160⌉
        for (var k = 0; k < frames.Count; k++)
            Assert.Equal(k * 0.010, frames[k].TimeSeconds, 9);
    }

    [Fact]
    public void Tracker_output_does_not_depend_on_chunk_sizes()
    {
        var random = new Random(1234);
        foreach (var sampleRate in new[] { 16_000, 44_100 })
        {
            var signal = TestSignals.Concat(
                TestSignals.Harmonic(220, 0.5, sampleRate),
                TestSignals.Silence(0.2, sampleRate),
                TestSignals.Harmonic(330, 0.5, sampleRate, amplitude: 0.05));
            var reference = TestSignals.Track(signal, sampleRate);

            for (var trial = 0; trial < 20; trial++)
            {
                var tracker = new PitchTracker(sampleRate);
                var frames = new List<PitchFrame>();
                var position = 0;
                while (position < signal.Length)
                {
                    var size = Math.Min(signal.Length - position, random.Next(0, 3000));
                    tracker.Process(signal.AsSpan(position, size), frames);
                    position += size;
                }
                tracker.Flush(frames);
                Assert.Equal(reference, frames);
            }
        }
    }

    [Fact]
    public void Tracker_tracks_a_quiet_recording_like_a_loud_one()
    {
        var loud = TestSignals.Track(TestSignals.Harmonic(247, 1.0, 16_000, amplitude: 0.8), 16_000);
        var quiet = TestSignals.Track(TestSignals.Harmonic(247, 1.0, 16_000, amplitude: 0.8e-3), 16_000); // −60 dB

        Assert.Equal(loud.Select(f => f.IsVoiced), quiet.Select(f => f.IsVoiced));
        Assert.All(quiet.Between(0.1, 0.9), f => Assert.InRange(f.FrequencyHz, 246.5f, 247.5f));
    }

    [Fact]
    public void Tracker_calls_silence_and_white_noise_unvoiced()
    {
        var random = new Random(7);
        var noise = new float[16_000];
        for (var i = 0; i < noise.Length; i++) noise[i] = (float)(random.NextDouble() * 2 - 1) * 0.3f;

        var frames = TestSignals.Track(TestSignals.Concat(TestSignals.Silence(0.5, 16_000), noise), 16_000);

        Assert.All(frames, f => Assert.False(f.IsVoiced, $"frame at {f.TimeSeconds:F2} s voiced at {f.FrequencyHz} Hz"));
    }

    [Fact]
    public void Tracker_follows_a_sung_octave_leap()
    {
        var frames = TestSignals.Track(TestSignals.Concat(
            TestSignals.Harmonic(220, 0.5, 16_000),
            TestSignals.Harmonic(440, 0.5, 16_000)), 16_000);

        Assert.All(frames.Between(0.1, 0.45), f => Assert.InRange(f.FrequencyHz, 218f, 222f));
        Assert.All(frames.Between(0.56, 0.9), f => Assert.InRange(f.FrequencyHz, 436f, 444f));
    }

    [Fact]
    public void Tracker_reports_level_in_dBFS()
    {
        var frames = TestSignals.Track(TestSignals.Sine(220, 1.0, 16_000, amplitude: 0.5), 16_000);

        // RMS of a 0.5-amplitude sine is 0.354 → −9.0 dBFS.
        Assert.All(frames.Between(0.1, 0.9), f => Assert.InRange(f.LevelDb, -9.3f, -8.8f));
    }

    [Fact]
    public void Tracker_starts_a_new_stream_after_flush()
    {
        var signal = TestSignals.Harmonic(300, 0.5, 44_100);
        var tracker = new PitchTracker(44_100);
        var first = new List<PitchFrame>();
        tracker.Process(signal, first);
        tracker.Flush(first);
        var second = new List<PitchFrame>();
        tracker.Process(signal, second);
        tracker.Flush(second);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Tracker_used_again_after_flush_tracks_a_new_stream_as_a_fresh_tracker_does()
    {
        // The second stream's frames start at the same stream positions as the first's: nothing the tracker kept of the
        // first (its analysed blocks) may stand in for the second's audio.
        var tracker = new PitchTracker(16_000);
        tracker.Process(TestSignals.Harmonic(220, 0.5, 16_000), []);
        tracker.Flush([]);
        var second = TestSignals.Harmonic(330, 0.5, 16_000, amplitude: 0.3);
        var frames = new List<PitchFrame>();
        tracker.Process(second, frames);
        tracker.Flush(frames);

        Assert.Equal(TestSignals.Track(second, 16_000), frames);
        Assert.All(frames.Between(0.1, 0.4), f => Assert.InRange(f.FrequencyHz, 329.5f, 330.5f));
    }

    [Theory]
    [InlineData(512)]
    [InlineData(0)]
    public void Tracker_refuses_a_window_that_is_not_a_whole_number_of_hops(int windowSamples)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => new PitchTracker(16_000, new PitchTrackerOptions { IntegrationWindowSamples = windowSamples }));

        Assert.Equal(nameof(PitchTrackerOptions.IntegrationWindowSamples), error.ParamName);
        Assert.Contains("whole number of hops", error.Message);
    }

    [Theory]
    [InlineData(16_000)]
    [InlineData(44_100)]
    public void A_frame_is_final_its_stated_latency_after_its_stamp(int sampleRate)
    {
        var tracker = new PitchTracker(sampleRate);
        var frames = new List<PitchFrame>();

        tracker.Process(TestSignals.Harmonic(220, 1.0, sampleRate), frames);

        // The newest final frame plus the latency reaches the end of the input, to within one hop.
        var reach = frames[^1].TimeSeconds + tracker.LatencySeconds;
        Assert.InRange(reach, 1.0 - 0.010 - 1e-9, 1.0 + 1e-9);
        Assert.InRange(tracker.LatencySeconds, 0.060, 0.080);
    }
}
