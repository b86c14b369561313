using System.Numerics.Tensors;
using NWaves.Transforms;

namespace SingKing.Dsp.Pitch;

/// <summary>
/// The per-frame half of YIN (de Cheveigné &amp; Kawahara, JASA 2002): the difference function through FFT,
/// cumulative-mean normalisation, and every local minimum as a candidate period, weighted by the share of a
/// Beta-distributed threshold under which YIN's absolute-threshold step would choose it (pYIN, Mauch &amp;
/// Dixon, ICASSP 2014). Allocation-free after construction.
/// </summary>
internal sealed class YinAnalyzer
{
    // pYIN's threshold prior: Beta with mean 0.15 and β = 18, sampled at thresholds 0.01 … 1.00.
    private const int ThresholdSteps = 100;
    private const double ThresholdMean = 0.15;
    private const double ThresholdBeta = 18;

    private readonly int _sampleRate;
    private readonly int _window;
    private readonly int _minLag;
    private readonly int _maxLag;
    private readonly float _minFrequency;
    private readonly float _maxFrequency;
    private readonly int _fftSize;
    private readonly RealFft _fft;

    private readonly float[] _frameIn;
    private readonly float[] _windowIn;
    private readonly float[] _frameRe, _frameIm, _windowRe, _windowIm;
    private readonly float[] _productRe, _productIm;           // cross-spectrum, kept for lag refinement
    private readonly float[] _bins, _binsSquared;              // k and k² for k = 0 … N/2
    private readonly float[] _angles, _cos, _sin, _weightedRe, _weightedIm, _weightedRe2, _weightedIm2;
    private readonly float[] _correlation;
    private readonly double[] _energyPrefix;
    private readonly double[] _difference;
    private readonly float[] _normalized;
    private readonly double[] _thresholdCdf;

    public YinAnalyzer(int sampleRate, int window, double minFrequencyHz, double maxFrequencyHz)
    {
        _sampleRate = sampleRate;
        _window = window;
        _minLag = Math.Max(2, (int)Math.Floor(sampleRate / maxFrequencyHz));
        _maxLag = (int)Math.Ceiling(sampleRate / minFrequencyHz);
        // A little tolerance so a note sung exactly at the range limits is not lost to interpolation.
        _minFrequency = (float)(minFrequencyHz / 1.03);
        _maxFrequency = (float)(maxFrequencyHz * 1.03);
        FrameLength = window + _maxLag + 2;
        _fftSize = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)FrameLength);
        _fft = new RealFft(_fftSize);

        _frameIn = new float[_fftSize];
        _windowIn = new float[_fftSize];
        _frameRe = new float[_fftSize / 2 + 1];
        _frameIm = new float[_fftSize / 2 + 1];
        _windowRe = new float[_fftSize / 2 + 1];
        _windowIm = new float[_fftSize / 2 + 1];
        _correlation = new float[_fftSize];
        var half = _fftSize / 2 + 1;
        _productRe = new float[half];
        _productIm = new float[half];
        _bins = new float[half];
        _binsSquared = new float[half];
        for (var k = 0; k < half; k++)
        {
            // Real spectrum: bins 1 … N/2 − 1 stand for two conjugate bins each.
            var weight = k == 0 || k == half - 1 ? 1f : 2f;
            _bins[k] = weight * k;
            _binsSquared[k] = weight * k * (float)k;
        }
        _angles = new float[half];
        _cos = new float[half];
        _sin = new float[half];
        _weightedRe = new float[half];
        _weightedIm = new float[half];
        _weightedRe2 = new float[half];
        _weightedIm2 = new float[half];
        _energyPrefix = new double[FrameLength + 1];
        _difference = new double[_maxLag + 2];
        _normalized = new float[_maxLag + 2];
        _thresholdCdf = BuildThresholdCdf();
    }

    /// <summary>Samples one frame spans: the integration window plus the longest lag (and one for interpolation).</summary>
    public int FrameLength { get; }

    /// <summary>Analyses one frame of <see cref="FrameLength"/> samples.</summary>
    public void Analyze(ReadOnlySpan<float> frame, ref YinObservation observation)
    {
        observation = default;

        // Energy of every length-W segment, from a prefix sum of squares (double: it is subtracted from itself).
        _energyPrefix[0] = 0;
        for (var i = 0; i < FrameLength; i++)
            _energyPrefix[i + 1] = _energyPrefix[i] + (double)frame[i] * frame[i];
        var energy0 = _energyPrefix[_window];
        observation.LevelDb = energy0 > 0 ? (float)Math.Max(-120, 10 * Math.Log10(energy0 / _window)) : -120f;

        // Digital silence has no period at all; this guards the 0/0 below and is not a level threshold.
        if (_energyPrefix[FrameLength] <= 1e-20)
            return;

        // r(τ) = Σ_{j<W} x[j]·x[j+τ] for all τ at once: the cross-correlation of the window with the frame.
        frame.CopyTo(_frameIn);
        Array.Clear(_frameIn, FrameLength, _fftSize - FrameLength);
        frame[.._window].CopyTo(_windowIn);
        Array.Clear(_windowIn, _window, _fftSize - _window);
        _fft.Direct(_frameIn, _frameRe, _frameIm);
        _fft.Direct(_windowIn, _windowRe, _windowIm);
        for (var k = 0; k < _frameRe.Length; k++)
        {
            // conj(W)·F
            var re = _windowRe[k] * _frameRe[k] + _windowIm[k] * _frameIm[k];
            var im = _windowRe[k] * _frameIm[k] - _windowIm[k] * _frameRe[k];
            _productRe[k] = re;
            _productIm[k] = im;
        }
        _productRe.CopyTo(_windowRe, 0);
        _productIm.CopyTo(_windowIm, 0);
        _fft.Inverse(_windowRe, _windowIm, _correlation);
        TensorPrimitives.Multiply(_productRe, _bins, _weightedRe);
        TensorPrimitives.Multiply(_productIm, _bins, _weightedIm);
        TensorPrimitives.Multiply(_productRe, _binsSquared, _weightedRe2);
        TensorPrimitives.Multiply(_productIm, _binsSquared, _weightedIm2);
        var scale = 1.0 / _fftSize;

        // d(τ) = e(0) + e(τ) − 2 r(τ), and its cumulative-mean-normalised form d′(τ).
        _difference[0] = 0;
        _normalized[0] = 1;
        double runningSum = 0;
        var last = _maxLag + 1;
        for (var tau = 1; tau <= last; tau++)
        {
            var energyTau = _energyPrefix[tau + _window] - _energyPrefix[tau];
            var d = Math.Max(0, energy0 + energyTau - 2 * _correlation[tau] * scale);
            _difference[tau] = d;
            runningSum += d;
            _normalized[tau] = runningSum > 0 ? (float)(d * tau / runningSum) : 1f;
        }

        var lowest = TensorPrimitives.Min(_normalized.AsSpan(_minLag, _maxLag - _minLag + 1));
        observation.Periodicity = Math.Clamp(1 - lowest, 0, 1);

        // Walk the minima in lag order. A minimum is YIN's choice for every threshold above its own d′ and
        // at or below the d′ of every earlier minimum (YIN takes the first dip under the threshold).
        var earlierLowest = 1.0;
        var voiced = 0.0;
        for (var tau = _minLag; tau <= _maxLag; tau++)
        {
            var value = _normalized[tau];
            if (!(value < _normalized[tau - 1] && value <= _normalized[tau + 1])) continue;
            if (value >= earlierLowest) continue;
            var probability = ThresholdCdf(earlierLowest) - ThresholdCdf(value);
            earlierLowest = value;
            if (probability <= 0) continue;

            var frequency = (float)(_sampleRate / RefineLag(tau));
            if (frequency < _minFrequency || frequency > _maxFrequency) continue;
            voiced += probability;
            observation.Add(new PitchCandidate(frequency, value, (float)probability));
        }
        observation.VoicedProbability = (float)Math.Clamp(voiced, 0, 1);
    }

    /// <summary>
    /// The lag, in samples, at which the difference function is smallest near the integer minimum
    /// <paramref name="tau"/>. A parabola through three integer lags is biased for high voices (a C6 has
    /// a period of 15 samples at 16 kHz, and its upper harmonics bend the dip away from a parabola), so the
    /// parabola's vertex only starts two Newton steps on the band-limited difference function itself:
    /// the correlation term evaluated at fractional lags from the cross-spectrum, the energy term
    /// interpolated linearly.
    /// </summary>
    private double RefineLag(int tau)
    {
        var left = _difference[tau - 1];
        var centre = _difference[tau];
        var right = _difference[tau + 1];
        var curvature = left - 2 * centre + right;
        var lag = curvature > 0 ? tau + Math.Clamp(0.5 * (left - right) / curvature, -0.5, 0.5) : tau;

        for (var iteration = 0; iteration < 2; iteration++)
        {
            CorrelationDerivatives(lag, out var slope, out var bend);
            var floor = (int)Math.Floor(lag);
            var energySlope = (_energyPrefix[floor + 1 + _window] - _energyPrefix[floor + 1])
                            - (_energyPrefix[floor + _window] - _energyPrefix[floor]);
            var gradient = energySlope - 2 * slope;
            var hessian = -2 * bend;
            if (hessian <= 0) break;
            var next = Math.Clamp(lag - gradient / hessian, tau - 1.0, tau + 1.0);
            if (Math.Abs(next - lag) < 1e-4) { lag = next; break; }
            lag = next;
        }
        return lag;
    }

    /// <summary>First and second derivatives of the correlation r(τ) at a fractional lag, from the cross-spectrum.</summary>
    private void CorrelationDerivatives(double lag, out double slope, out double bend)
    {
        // r(τ) = (1/N) Σ_k w_k Re(P_k e^{iθkτ}), θ = 2π/N. Angles are reduced in double before the float cos/sin.
        var theta = 2 * Math.PI / _fftSize;
        for (var k = 0; k < _angles.Length; k++)
        {
            var turns = k * lag / _fftSize;
            _angles[k] = (float)(2 * Math.PI * (turns - Math.Floor(turns)));
        }
        TensorPrimitives.Cos(_angles, _cos);
        TensorPrimitives.Sin(_angles, _sin);
        // d/dτ Re(P e^{iφ}) = −θk (Re·sin φ + Im·cos φ);  d²/dτ² = −(θk)² (Re·cos φ − Im·sin φ)
        var first = -(TensorPrimitives.Dot(_weightedRe, _sin) + TensorPrimitives.Dot(_weightedIm, _cos));
        var second = -(TensorPrimitives.Dot(_weightedRe2, _cos) - TensorPrimitives.Dot(_weightedIm2, _sin));
        slope = theta * first / _fftSize;
        bend = theta * theta * second / _fftSize;
    }

    private double ThresholdCdf(double threshold)
    {
        // Share of thresholds s_i = (i + 1)/100 that are ≤ threshold.
        var index = (int)Math.Floor(threshold * ThresholdSteps + 1e-9) - 1;
        if (index < 0) return 0;
        return _thresholdCdf[Math.Min(index, ThresholdSteps - 1)];
    }

    private static double[] BuildThresholdCdf()
    {
        var alpha = ThresholdMean * ThresholdBeta / (1 - ThresholdMean);
        var weights = new double[ThresholdSteps];
        double total = 0;
        for (var i = 0; i < ThresholdSteps; i++)
        {
            var s = (i + 1) / (double)ThresholdSteps;
            // Unnormalised Beta density; the last step (s = 1) has density 0 and is given none.
            weights[i] = s >= 1 ? 0 : Math.Pow(s, alpha - 1) * Math.Pow(1 - s, ThresholdBeta - 1);
            total += weights[i];
        }
        var cdf = new double[ThresholdSteps];
        double running = 0;
        for (var i = 0; i < ThresholdSteps; i++)
        {
            running += weights[i] / total;
            cdf[i] = running;
        }
        return cdf;
    }
}
