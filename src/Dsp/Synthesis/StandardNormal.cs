namespace SingKing.Dsp.Synthesis;

/// <summary>Draws from the standard normal distribution; the synthesizer's only source of Gaussian noise.</summary>
internal static class StandardNormal
{
    /// <summary>One draw with mean 0 and standard deviation 1 (Box–Muller).</summary>
    public static double Next(Random random)
    {
        // 1 − NextDouble() keeps the logarithm's argument in (0, 1].
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
