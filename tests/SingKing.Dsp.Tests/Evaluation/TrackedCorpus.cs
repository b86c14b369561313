using System.Text;
using SingKing.Dsp.Evaluation;
using SingKing.Dsp.Pitch;

namespace SingKing.Dsp.Tests.Evaluation;

/// <summary>The pitch corpus at its native rates, run once through <see cref="PitchTracker"/> and scored.</summary>
public sealed class TrackedCorpus
{
    public TrackedCorpus()
    {
        var scores = new List<(CorpusClip Clip, MelodyScore Score)>();
        foreach (var clip in PitchCorpus.Clips)
        {
            var take = clip.Render();
            var tracker = new PitchTracker(take.SampleRate);
            var frames = new List<PitchFrame>();
            tracker.Process(take.Samples, frames);
            tracker.Flush(frames);
            var estimate = FrameGrid.Nearest(
                frames.Select(f => f.TimeSeconds).ToArray(), frames.Select(f => f.FrequencyHz).ToArray(), take.TruthHz.Length);
            scores.Add((clip, MelodyScore.Compare(take.TruthHz, estimate)));
        }

        Clips = scores;
    }

    public IReadOnlyList<(CorpusClip Clip, MelodyScore Score)> Clips { get; }

    public MelodyScore Overall => Clips.Aggregate(default(MelodyScore), (sum, c) => sum + c.Score);

    public MelodyScore Condition(string condition)
    {
        var matching = Clips.Where(c => c.Clip.Condition == condition).ToArray();
        Assert.True(matching.Length > 0, $"The corpus has no clips for the condition '{condition}'.");
        return matching.Aggregate(default(MelodyScore), (sum, c) => sum + c.Score);
    }

    /// <summary>Every metric overall, per condition and per clip, for failure messages.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine($"overall: {Overall}");
        foreach (var group in Clips.GroupBy(c => c.Clip.Condition))
            text.AppendLine($"{group.Key}: {Condition(group.Key)}");
        foreach (var (clip, score) in Clips)
            text.AppendLine($"  {clip.Name} ({clip.NativeSampleRate} Hz): {score}");
        return text.ToString();
    }
}
