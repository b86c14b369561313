using SingKing.Dsp.Resampling;
using SingKing.Dsp.Synthesis;
using SingKing.Dsp.Timbre;

namespace SingKing.Dsp.Tests.Timbre;

public sealed class MfccPatchExtractorTests
{
    private static float[] Sung(double seconds, int sampleRate = 16_000) =>
        SingingVoice.HeldNote("A3", seconds, sampleRate).Samples;

    [Fact]
    public void Extractor_cuts_a_three_second_take_into_overlapping_patches_of_128_frames_by_20_coefficients()
    {
        var patches = new MfccPatchExtractor().Extract(Sung(3.0), 16_000);

        // 3 s → 298 frames of 25 ms every 10 ms → patches start at frames 0, 64 and 128.
        Assert.Equal(3, patches.Count);
        Assert.Equal(128, patches.Frames);
        Assert.Equal(20, patches.Coefficients);
        Assert.Equal(3 * 128 * 20, patches.Data.Length);
        Assert.All(patches.Data, v => Assert.True(float.IsFinite(v)));
    }

    [Fact]
    public void Extractor_leaves_out_patches_that_are_mostly_silence()
    {
        var samples = new float[16_000 * 6];
        Sung(2.0).CopyTo(samples, 0);

        var patches = new MfccPatchExtractor().Extract(samples, 16_000);

        // Of the 7 patches, those starting at frames 0, 64 and 128 are at least half sung (the singing ends at frame 200).
        Assert.Equal(3, patches.Count);
    }

    [Fact]
    public void Extractor_returns_no_patch_for_a_take_shorter_than_a_patch()
    {
        var patches = new MfccPatchExtractor().Extract(Sung(1.0), 16_000);

        Assert.Equal(0, patches.Count);
    }

    [Fact]
    public void Extractor_gives_nearly_the_same_coefficients_for_a_take_at_44100_Hz_as_at_16000_Hz()
    {
        var take = Sung(1.0);
        var resampler = new StreamingResampler(16_000, 44_100);
        var upsampled = new float[resampler.MaxOutputFor(take.Length) + resampler.FlushLength];
        var count = resampler.Process(take, upsampled);
        count += resampler.Flush(upsampled.AsSpan(count));
        var extractor = new MfccPatchExtractor();

        var at16k = extractor.Frames(take, 16_000);
        var at44k = extractor.Frames(upsampled.AsSpan(0, count), 44_100);

        // The spectral envelope (c1…c6) of a frame in the held part of the note.
        for (var c = 1; c <= 6; c++)
            Assert.True(Math.Abs(at44k[50][c] - at16k[50][c]) < 0.05 * Math.Abs(at16k[50][c]) + 0.2, $"c{c}: {at44k[50][c]} vs {at16k[50][c]}");
    }

    [Fact]
    public void Extractor_does_not_depend_on_the_recording_level()
    {
        var loud = Sung(2.0);
        var quiet = loud.Select(s => s * 0.05f).ToArray();
        var extractor = new MfccPatchExtractor();

        var a = extractor.Extract(loud, 16_000);
        var b = extractor.Extract(quiet, 16_000);

        Assert.Equal(a.Count, b.Count);
        for (var i = 0; i < a.Data.Length; i++)
            Assert.Equal(a.Data[i], b.Data[i], 1e-3);
    }
}
