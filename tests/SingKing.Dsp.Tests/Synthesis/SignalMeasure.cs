namespace SingKing.Dsp.Tests.Synthesis;

/// <summary>Measurements the synthesizer tests make on generated audio.</summary>
internal static class SignalMeasure
{
    /// <summary>Magnitude of the DFT of <paramref name="samples"/> at <paramref name="frequencyHz"/> (Goertzel).</summary>
    public static double GoertzelMagnitude(ReadOnlySpan<float> samples, int sampleRate, double frequencyHz)
    {
        var coefficient = 2 * Math.Cos(2 * Math.PI * frequencyHz / sampleRate);
        double s1 = 0, s2 = 0;
        foreach (var x in samples)
        {
            var s0 = x + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }

        return Math.Sqrt(Math.Max(0, s1 * s1 + s2 * s2 - coefficient * s1 * s2));
    }

    public static double Power(ReadOnlySpan<float> samples)
    {
        var sum = 0.0;
        foreach (var x in samples)
            sum += x * (double)x;
        return sum / samples.Length;
    }

    public static double Cents(double hz, double referenceHz) => 1200 * Math.Log2(hz / referenceHz);
}
