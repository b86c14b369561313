using SingKing.Dsp.Evaluation;
using SingKing.Dsp.Pitch;

namespace SingKing.Benchmarks.Accuracy;

/// <summary>Our <see cref="PitchTracker"/> with default options, fed the whole clip then flushed.</summary>
internal sealed class SingKingEstimator : IPitchEstimator
{
    public string Name => "SingKing PitchTracker (defaults)";

    public Task<float[]> EstimateAsync(ClipAudio clip, CancellationToken cancellationToken)
    {
        var tracker = new PitchTracker(clip.SampleRate);
        var frames = new List<PitchFrame>();
        tracker.Process(clip.Samples, frames);
        tracker.Flush(frames);
        return Task.FromResult(FrameGrid.Nearest(
            frames.Select(f => f.TimeSeconds).ToArray(), frames.Select(f => f.FrequencyHz).ToArray(), clip.FrameCount));
    }
}
