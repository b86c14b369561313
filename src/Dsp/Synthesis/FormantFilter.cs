namespace SingKing.Dsp.Synthesis;

/// <summary>
/// Cascade of second-order formant resonators with unity gain at 0 Hz (Klatt, "Software for a cascade/parallel
/// formant synthesizer", JASA 1980).
/// </summary>
internal sealed class FormantFilter
{
    // Male formant frequencies F1–F4 in Hz (Peterson & Barney 1952; F4 typical) and bandwidths in Hz.
    private static readonly double[][] MaleFormantsHz =
    [
        [730, 1090, 2440, 3400], // a
        [530, 1840, 2480, 3500], // e
        [270, 2290, 3010, 3700], // i
        [570, 840, 2410, 3400],  // o
        [300, 870, 2240, 3300],  // u
    ];

    private static readonly double[] BandwidthsHz = [90, 110, 160, 250];

    private const double FemaleScale = 1.17;

    private readonly double[] _a;
    private readonly double[] _b;
    private readonly double[] _c;
    private readonly double[] _y1;
    private readonly double[] _y2;

    public FormantFilter(Vowel vowel, VocalTract tract, int sampleRate)
    {
        var scale = tract == VocalTract.Female ? FemaleScale : 1.0;
        var formants = MaleFormantsHz[(int)vowel];
        var active = new List<(double A, double B, double C)>();
        for (var i = 0; i < formants.Length; i++)
        {
            var f = formants[i] * scale;
            var bw = BandwidthsHz[i] * scale;
            if (f >= 0.45 * sampleRate)
                continue; // A resonance at or above Nyquist would fold down; narrowband rates simply lose it.
            var c = -Math.Exp(-2 * Math.PI * bw / sampleRate);
            var b = 2 * Math.Exp(-Math.PI * bw / sampleRate) * Math.Cos(2 * Math.PI * f / sampleRate);
            active.Add((1 - b - c, b, c));
        }

        _a = active.Select(r => r.A).ToArray();
        _b = active.Select(r => r.B).ToArray();
        _c = active.Select(r => r.C).ToArray();
        _y1 = new double[_a.Length];
        _y2 = new double[_a.Length];
    }

    public double Process(double x)
    {
        for (var i = 0; i < _a.Length; i++)
        {
            var y = _a[i] * x + _b[i] * _y1[i] + _c[i] * _y2[i];
            _y2[i] = _y1[i];
            _y1[i] = y;
            x = y;
        }

        return x;
    }
}
