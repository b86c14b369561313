namespace SingKing.Dsp.Synthesis;

/// <summary>
/// A small room: Schroeder's reverberator (four parallel feedback combs with damping, then two series
/// allpasses; Schroeder, "Natural sounding artificial reverberation", JAES 1962), comb gains set for the RT60.
/// </summary>
internal static class RoomReverb
{
    private static readonly double[] CombDelaysSeconds = [0.0297, 0.0371, 0.0411, 0.0437];
    private static readonly double[] AllpassDelaysSeconds = [0.0050, 0.0017];
    private const double AllpassGain = 0.7;

    // One-pole damping in the comb loops: high frequencies die faster, as in real rooms.
    private const double Damping = 0.2;

    public static float[] Apply(float[] dry, int sampleRate, double rt60Seconds, double directToReverberantDb)
    {
        if (!(rt60Seconds > 0))
            throw new ArgumentOutOfRangeException(nameof(rt60Seconds), rt60Seconds, "RT60 must be above 0 s.");
        var wet = new double[dry.Length];
        foreach (var delaySeconds in CombDelaysSeconds)
        {
            var delay = Math.Max(1, (int)Math.Round(delaySeconds * sampleRate));

            // Each pass round the loop lasts delaySeconds and must lose delaySeconds / RT60 × 60 dB.
            var feedback = Math.Pow(10, -3 * delaySeconds / rt60Seconds);
            var line = new double[delay];
            var index = 0;
            var filtered = 0.0;
            for (var n = 0; n < dry.Length; n++)
            {
                var output = line[index];
                filtered = output * (1 - Damping) + filtered * Damping;
                line[index] = dry[n] + feedback * filtered;
                index = (index + 1) % delay;
                wet[n] += output;
            }
        }

        foreach (var delaySeconds in AllpassDelaysSeconds)
        {
            var delay = Math.Max(1, (int)Math.Round(delaySeconds * sampleRate));
            var line = new double[delay];
            var index = 0;
            for (var n = 0; n < wet.Length; n++)
            {
                var delayed = line[index];
                var input = wet[n] + AllpassGain * delayed;
                line[index] = input;
                wet[n] = delayed - AllpassGain * input;
                index = (index + 1) % delay;
            }
        }

        double dryEnergy = 0, wetEnergy = 0;
        for (var n = 0; n < dry.Length; n++)
        {
            dryEnergy += dry[n] * (double)dry[n];
            wetEnergy += wet[n] * wet[n];
        }

        var wetGain = wetEnergy > 0 ? Math.Sqrt(dryEnergy / wetEnergy / Math.Pow(10, directToReverberantDb / 10)) : 0;
        var result = new float[dry.Length];
        for (var n = 0; n < dry.Length; n++)
            result[n] = (float)(dry[n] + wetGain * wet[n]);
        return result;
    }
}
