using System.Globalization;
using SingKing.Dsp.Timbre;

namespace SingKing.Grains.Timbre;

/// <summary>
/// The timbre diagnosis of one recording: MFCC patches → the model's probabilities (averaged over patches)
/// and the voice descriptors. Thread-safe; the model is shared.
/// </summary>
public sealed class TimbreAnalyzer(TimbreModel model)
{
    /// <summary>Shortest recording diagnosed, in seconds.</summary>
    public const double MinimumSeconds = 10;

    /// <summary>Longest recording diagnosed, in seconds.</summary>
    public const double MaximumSeconds = 120;

    /// <summary>Least singing (time with a pitch) a recording must hold, in seconds.</summary>
    public const double MinimumVoicedSeconds = 6;

    /// <summary>The model in use.</summary>
    public TimbreModel Model { get; } = model ?? throw new ArgumentNullException(nameof(model));

    /// <summary>Diagnoses <paramref name="samples"/> (mono, in [−1, 1]) recorded at <paramref name="sampleRate"/> Hz.</summary>
    /// <exception cref="TimbreRecordingException">Too short, too long, or not enough singing.</exception>
    public TimbreDiagnosis Diagnose(ReadOnlySpan<float> samples, int sampleRate)
    {
        var seconds = samples.Length / (double)sampleRate;
        if (seconds < MinimumSeconds)
            throw new TimbreRecordingException(TimbreRecordingProblem.TooShort, string.Create(CultureInfo.InvariantCulture,
                $"The recording lasts {seconds:F1} s; sing for at least {MinimumSeconds:F0} s."));
        if (seconds > MaximumSeconds)
            throw new TimbreRecordingException(TimbreRecordingProblem.TooLong, string.Create(CultureInfo.InvariantCulture,
                $"The recording lasts {seconds:F1} s; send at most {MaximumSeconds:F0} s."));

        var descriptors = new VoiceDescriptorAnalyzer().Analyze(samples, sampleRate);
        if (descriptors.VoicedSeconds < MinimumVoicedSeconds)
            throw new TimbreRecordingException(TimbreRecordingProblem.NotEnoughSinging, string.Create(CultureInfo.InvariantCulture,
                $"Only {descriptors.VoicedSeconds:F1} s of the recording is sung; sing a melody for at least {MinimumVoicedSeconds:F0} of the {seconds:F0} s, close to the microphone."));

        var patches = new MfccPatchExtractor(Model.PatchOptions).Extract(samples, sampleRate);
        if (patches.Count == 0)
            throw new TimbreRecordingException(TimbreRecordingProblem.NotEnoughSinging, "No part of the recording is sung steadily enough to analyse; sing without long pauses.");

        var mean = Mean(Model.Classify(patches), Model.Labels.Count);
        var best = 0;
        for (var i = 1; i < mean.Length; i++)
        {
            if (mean[i] > mean[best])
                best = i;
        }

        var probabilities = Model.Labels.Select((label, i) => new TimbreProbability(label, Math.Round(mean[i], 4))).ToList();
        return new TimbreDiagnosis(Model.Labels[best], probabilities, TimbreDescriptors.From(descriptors), patches.Count);
    }

    private static double[] Mean(float[][] perPatch, int labels)
    {
        var mean = new double[labels];
        foreach (var row in perPatch)
        {
            for (var i = 0; i < labels; i++)
                mean[i] += row[i] / (double)perPatch.Length;
        }

        return mean;
    }
}
