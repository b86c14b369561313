using SingKing.Dsp.Evaluation;

namespace SingKing.Dsp.Tests.Evaluation;

public sealed class PitchCorpusTests
{
    [Fact]
    public void Corpus_holds_two_to_three_minutes_of_audio()
    {
        var seconds = PitchCorpus.Clips.Sum(c => c.Render(16_000).DurationSeconds);

        Assert.InRange(seconds, 120, 180);
    }

    [Fact]
    public void Corpus_truth_stays_within_60_to_1100_Hz_from_bass_to_soprano()
    {
        var voiced = PitchCorpus.Clips.SelectMany(c => c.Render(16_000).TruthHz).Where(hz => hz > 0).ToArray();

        Assert.InRange(voiced.Min(), 60f, 85f);
        Assert.InRange(voiced.Max(), 1_000f, 1_100f);
    }

    [Fact]
    public void Corpus_clips_stay_within_unit_range_at_their_native_rates()
    {
        foreach (var clip in PitchCorpus.Clips)
        {
            var take = clip.Render();
            Assert.True(take.Samples.All(s => s is >= -1f and <= 1f), clip.Name);
            Assert.Equal(clip.NativeSampleRate, take.SampleRate);
        }
    }

    [Fact]
    public void Corpus_uses_both_16_and_44_1_kHz()
    {
        var rates = PitchCorpus.Clips.Select(c => c.NativeSampleRate).Distinct().Order().ToArray();

        Assert.Equal([16_000, 44_100], rates);
    }

    [Fact]
    public void Corpus_is_the_same_every_time_it_is_rendered()
    {
        var clip = PitchCorpus.Clip("breathy-alto");

        Assert.Equal(clip.Render(16_000).Samples, clip.Render(16_000).Samples);
    }

    [Fact]
    public void Quiet_clips_peak_at_minus_40_dBFS()
    {
        foreach (var clip in PitchCorpus.Clips.Where(c => c.Name.StartsWith("quiet", StringComparison.Ordinal)))
            Assert.Equal(0.01, clip.Render(16_000).Samples.Max(Math.Abs), 1e-6);
    }
}
