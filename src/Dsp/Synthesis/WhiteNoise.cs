namespace SingKing.Dsp.Synthesis;

/// <summary>Adds Gaussian white noise at an exact signal-to-noise ratio.</summary>
public static class WhiteNoise
{
    /// <summary>
    /// Adds white noise to <paramref name="samples"/> in place, scaled so that the mean power of the signal
    /// over the whole span divided by the mean power of the noise is exactly <paramref name="snrDb"/> dB.
    /// </summary>
    /// <param name="samples">The signal; must not be all zeros.</param>
    /// <param name="snrDb">Signal-to-noise ratio in dB.</param>
    /// <param name="random">Source of the noise.</param>
    public static void Add(Span<float> samples, double snrDb, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (samples.IsEmpty)
            return;
        var noise = new double[samples.Length];
        double signalPower = 0, noisePower = 0;
        for (var i = 0; i < samples.Length; i++)
        {
            noise[i] = StandardNormal.Next(random);
            signalPower += samples[i] * (double)samples[i];
            noisePower += noise[i] * noise[i];
        }

        if (signalPower == 0)
            throw new ArgumentException("Cannot set a signal-to-noise ratio against a silent signal.", nameof(samples));

        // Scale the drawn noise by its own measured power, not the nominal 1, so the ratio is exact.
        var gain = Math.Sqrt(signalPower / noisePower / Math.Pow(10, snrDb / 10));
        for (var i = 0; i < samples.Length; i++)
            samples[i] = (float)(samples[i] + gain * noise[i]);
    }
}
