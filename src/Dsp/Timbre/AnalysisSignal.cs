using SingKing.Dsp.Resampling;

namespace SingKing.Dsp.Timbre;

/// <summary>Brings a recording to the analysis rate and a fixed peak level.</summary>
internal static class AnalysisSignal
{
    public static float[] Prepare(ReadOnlySpan<float> samples, int sampleRate, int analysisRate, double peakDbfs)
    {
        if (sampleRate is < 8_000 or > 48_000)
            throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "Recordings must be sampled at 8–48 kHz.");
        float[] result;
        if (sampleRate == analysisRate)
        {
            result = samples.ToArray();
        }
        else
        {
            var resampler = new StreamingResampler(sampleRate, analysisRate);
            result = new float[resampler.MaxOutputFor(samples.Length) + resampler.FlushLength];
            var count = resampler.Process(samples, result);
            count += resampler.Flush(result.AsSpan(count));
            // The flush reaches past the last input sample; trim to the input's duration.
            var expected = (int)((long)samples.Length * analysisRate / sampleRate);
            Array.Resize(ref result, Math.Min(count, expected));
        }

        var peak = 0f;
        foreach (var s in result)
            peak = Math.Max(peak, Math.Abs(s));
        if (peak > 0)
        {
            var gain = (float)(Math.Pow(10, peakDbfs / 20) / peak);
            for (var i = 0; i < result.Length; i++)
                result[i] *= gain;
        }

        return result;
    }

    /// <summary>Level of each hop-spaced frame in dB (full scale 0 dB); −120 for digital silence.</summary>
    public static float[] FrameLevelsDb(ReadOnlySpan<float> signal, int frameSamples, int hopSamples)
    {
        var count = signal.Length < frameSamples ? 0 : (signal.Length - frameSamples) / hopSamples + 1;
        var levels = new float[count];
        for (var k = 0; k < count; k++)
        {
            double energy = 0;
            foreach (var s in signal.Slice(k * hopSamples, frameSamples))
                energy += s * s;
            levels[k] = (float)(energy > 0 ? 10 * Math.Log10(energy / frameSamples) : -120);
        }

        return levels;
    }
}
