using SingKing.Dsp.Timbre;

namespace SingKing.Training.Tests;

public sealed class TimbreCorpusTests
{
    [Fact]
    public void Every_fifth_singer_of_each_timbre_is_held_out_with_all_their_clips()
    {
        using var files = new TinyCorpus(singers: 5, clips: 2, seconds: 1.5);

        var corpus = TimbreCorpus.Load(files.Folder, new MfccPatchOptions());

        Assert.Equal(TimbreLabels.All, corpus.Labels);
        Assert.Equal(4 * 2, corpus.HeldOut.Count);
        Assert.All(corpus.HeldOut, clip => Assert.Equal("singer04", clip.Singer));
        Assert.DoesNotContain(corpus.Training, clip => clip.Singer == "singer04");
        Assert.Equal(4 * 4 * 2, corpus.Training.Count);
    }

    [Fact]
    public void A_folder_with_one_timbre_is_refused_because_a_classifier_needs_two()
    {
        using var files = new TinyCorpus(singers: 5, clips: 1, seconds: 1.5);
        foreach (var label in TimbreLabels.All.Skip(1))
            Directory.Delete(Path.Combine(files.Folder, label), recursive: true);

        var error = Assert.Throws<TimbreCorpusException>(() => TimbreCorpus.Load(files.Folder, new MfccPatchOptions()));

        Assert.Contains("at least two labels", error.Message);
    }

    [Fact]
    public void The_singer_of_a_clip_is_its_file_name_up_to_clip()
    {
        Assert.Equal("singer07", TimbreCorpus.SingerOf("/data/rock/singer07-clip3.wav"));
        Assert.Equal("take", TimbreCorpus.SingerOf("take.wav"));
    }
}
