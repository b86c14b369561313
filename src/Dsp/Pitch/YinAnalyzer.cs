using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SingKing.Dsp.Transforms;

namespace SingKing.Dsp.Pitch;

/// <summary>
/// The per-frame half of YIN (de Cheveigné &amp; Kawahara, JASA 2002): the difference function through FFT,
/// cumulative-mean normalisation, and every local minimum as a candidate period, weighted by the share of a
/// Beta-distributed threshold under which YIN's absolute-threshold step would choose it (pYIN, Mauch &amp;
/// Dixon, ICASSP 2014). Allocation-free after construction.
/// </summary>
internal sealed class YinAnalyzer
{
    // pYIN's threshold prior, a Beta distribution with β = 18 sampled at thresholds 0.01 … 1.00. Its mean is
    // 0.25, more lenient than pYIN's usual 0.1–0.2: the look-ahead decoder and the level gate already reject
    // noise, and breathy or reverberant voices keep their voicing (measured in docs/pitch-accuracy.md).
    private const int ThresholdSteps = 100;
    private const double ThresholdMean = 0.25;
    private const double ThresholdBeta = 18;

    private readonly int _sampleRate;
    private readonly int _window;
    private readonly int _minLag;
    private readonly int _maxLag;
    private readonly float _minFrequency;
    private readonly float _maxFrequency;
    private readonly int _fftSize;
    private readonly RealFourierTransform _fft;

    private readonly ComplexFourierTransform _complex;
    private readonly float[] _packedRe, _packedIm;             // frame + i·window, then its spectrum
    private readonly float[] _productRe, _productIm;           // cross-spectrum, kept for lag refinement
    private readonly float[] _bins, _binsSquared;              // k and k² for k = 0 … N/2
    private readonly float[] _weightedRe, _weightedIm, _weightedRe2, _weightedIm2;
    private readonly float[] _correlation;
    private readonly double[] _energy;           // energy of the window lagged by τ
    private readonly float[] _difference;
    private readonly float[] _cumulative;        // Σ_{j≤τ} d(j)
    private readonly float[] _lagNumbers;        // τ as a float, for the vectorised normalisation
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
        _fft = new RealFourierTransform(_fftSize);

        _complex = new ComplexFourierTransform(_fftSize);
        _packedRe = new float[_fftSize];
        _packedIm = new float[_fftSize];
        _correlation = new float[_maxLag + 3];
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
        _weightedRe = new float[half];
        _weightedIm = new float[half];
        _weightedRe2 = new float[half];
        _weightedIm2 = new float[half];
        _energy = new double[_maxLag + 3];
        _difference = new float[_maxLag + 2];
        _cumulative = new float[_maxLag + 2];
        _lagNumbers = new float[_maxLag + 2];
        for (var tau = 0; tau < _lagNumbers.Length; tau++) _lagNumbers[tau] = tau;
        _normalized = new float[_maxLag + 2];
        _thresholdCdf = BuildThresholdCdf();
    }

    /// <summary>Samples one frame spans: the integration window plus the longest lag (and one for interpolation).</summary>
    public int FrameLength { get; }

    /// <summary>Analyses one frame of <see cref="FrameLength"/> samples.</summary>
    public void Analyze(ReadOnlySpan<float> frame, ref YinObservation observation)
    {
        observation = default;

        // Energy of the integration window; the energies of the lagged windows follow by sliding it below.
        var energy0 = (double)TensorPrimitives.SumOfSquares(frame[.._window]);
        observation.LevelDb = energy0 > 0 ? (float)Math.Max(-120, 10 * Math.Log10(energy0 / _window)) : -120f;

        // A digitally silent integration window has no period to find (and the rounding noise of the FFT
        // would otherwise pass for one); this guards 0/0, it is not a level threshold.
        if (energy0 <= 1e-20)
            return;

        // r(τ) = Σ_{j<W} x[j]·x[j+τ] for all τ at once: the cross-correlation of the window with the frame,
        // conj(W)·F in the frequency domain. Both real spectra come from one complex FFT of frame + i·window.
        frame.CopyTo(_packedRe);
        Array.Clear(_packedRe, FrameLength, _fftSize - FrameLength);
        frame[.._window].CopyTo(_packedIm);
        Array.Clear(_packedIm, _window, _fftSize - _window);
        _complex.ForwardToBitReversed(_packedRe, _packedIm);
        var k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Bin 0 is its own mirror; from bin 1 on, the mirrors N − k … N − k − 7 of eight bins are eight consecutive
            // entries of the bit-reversal table, read backwards. The bins themselves are gathered lane by lane.
            CrossSpectrum(0, 1);
            ref var zRe = ref MemoryMarshal.GetArrayDataReference(_packedRe);
            ref var zIm = ref MemoryMarshal.GetArrayDataReference(_packedIm);
            ref var pRe = ref MemoryMarshal.GetArrayDataReference(_productRe);
            ref var pIm = ref MemoryMarshal.GetArrayDataReference(_productIm);
            ref var reverse = ref MemoryMarshal.GetReference(_complex.BitReversal);
            var quarter = Vector256.Create(0.25f);
            for (k = 1; k + 8 <= _productRe.Length; k += 8)
            {
                var at = Vector256.LoadUnsafe(ref reverse, (nuint)k);
                var mirrorAt = Vector256.LoadUnsafe(ref reverse, (nuint)(_fftSize - k - 7));
                Vector256<float> zr = Gather(ref zRe, at), zi = Gather(ref zIm, at);
                Vector256<float> cr = GatherReversed(ref zRe, mirrorAt), ci = -GatherReversed(ref zIm, mirrorAt);
                Vector256<float> fr = zr + cr, fi = zi + ci;
                Vector256<float> wr = zi - ci, wi = cr - zr;
                (quarter * (wr * fr + wi * fi)).StoreUnsafe(ref pRe, (nuint)k);
                (quarter * (wr * fi - wi * fr)).StoreUnsafe(ref pIm, (nuint)k);
            }
        }

        CrossSpectrum(k, _productRe.Length);
        _fft.Inverse(_productRe, _productIm, _correlation);
        TensorPrimitives.Multiply(_productRe, _bins, _weightedRe);
        TensorPrimitives.Multiply(_productIm, _bins, _weightedIm);
        TensorPrimitives.Multiply(_productRe, _binsSquared, _weightedRe2);
        TensorPrimitives.Multiply(_productIm, _binsSquared, _weightedIm2);
        
        // The energies of the lagged windows, e(τ) = e(τ − 1) + x[τ + W − 1]² − x[τ − 1]², one more than the lags
        // for the slope at the last lag the refinement may reach; then d(τ) = e(0) + e(τ) − 2 r(τ) and its running
        // sum Σ_{j≤τ} d(j) for the cumulative-mean normalisation. Both are prefix sums in double precision: four
        // lags at a time, each block summed within its vector and carried on from the one before.
        var last = _maxLag + 1;
        ref var x = ref MemoryMarshal.GetReference(frame);
        ref var energy = ref MemoryMarshal.GetArrayDataReference(_energy);
        ref var correlation = ref MemoryMarshal.GetArrayDataReference(_correlation);
        ref var difference = ref MemoryMarshal.GetArrayDataReference(_difference);
        ref var cumulative = ref MemoryMarshal.GetArrayDataReference(_cumulative);
        energy = energy0;
        difference = 0;
        _normalized[0] = 1;
        var energyTau = energy0;
        double runningSum = 0;
        var lag = 1;
        if (Vector256.IsHardwareAccelerated)
        {
            var energyCarry = Vector256.Create(energy0);
            var sumCarry = Vector256<double>.Zero;
            var baseline = Vector256.Create(energy0);
            for (; lag + 3 <= last; lag += 4)
            {
                var lead = Vector256.WidenLower(Vector128.LoadUnsafe(ref x, (nuint)(lag + _window - 1)).ToVector256Unsafe());
                var trail = Vector256.WidenLower(Vector128.LoadUnsafe(ref x, (nuint)(lag - 1)).ToVector256Unsafe());
                var energies = PrefixSum(lead * lead - trail * trail) + energyCarry;
                energies.StoreUnsafe(ref energy, (nuint)lag);
                energyCarry = Vector256.Create(energies.GetElement(3));

                var r = Vector256.WidenLower(Vector128.LoadUnsafe(ref correlation, (nuint)lag).ToVector256Unsafe());
                var d = baseline + energies - (r + r);
                d = Vector256.ConditionalSelect(Vector256.GreaterThan(d, Vector256<double>.Zero), d, Vector256<double>.Zero);
                Vector256.Narrow(d, d).GetLower().StoreUnsafe(ref difference, (nuint)lag);
                var sums = PrefixSum(d) + sumCarry;
                Vector256.Narrow(sums, sums).GetLower().StoreUnsafe(ref cumulative, (nuint)lag);
                sumCarry = Vector256.Create(sums.GetElement(3));
            }

            energyTau = energyCarry.GetElement(0);
            runningSum = sumCarry.GetElement(0);
        }

        for (; lag <= last + 1; lag++)
        {
            double lead = Unsafe.Add(ref x, lag + _window - 1), trail = Unsafe.Add(ref x, lag - 1);
            energyTau += lead * lead - trail * trail;
            Unsafe.Add(ref energy, lag) = energyTau;
            if (lag > last)
                break;
            var d = energy0 + energyTau - 2 * (double)Unsafe.Add(ref correlation, lag);
            d = d > 0 ? d : 0;
            Unsafe.Add(ref difference, lag) = (float)d;
            runningSum += d;
            Unsafe.Add(ref cumulative, lag) = (float)runningSum;
        }

        // d′(τ) = d(τ)·τ / Σ_{j≤τ} d(j), all lags at once. A leading run of d = 0 (a constant signal) has no
        // mean to normalise by; YIN defines d′ = 1 there.
        var lags = _normalized.AsSpan(1, last);
        TensorPrimitives.Multiply(_difference.AsSpan(1, last), _lagNumbers.AsSpan(1, last), lags);
        TensorPrimitives.Divide(lags, _cumulative.AsSpan(1, last), lags);
        for (var tau = 1; tau <= last && _cumulative[tau] == 0; tau++) _normalized[tau] = 1;

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

    // The cross-spectrum conj(W_k)·F_k for bins from … to − 1, read from the bit-reversed spectrum of frame + i·window.
    private void CrossSpectrum(int from, int to)
    {
        var mask = _fftSize - 1;
        ref var zRe = ref MemoryMarshal.GetArrayDataReference(_packedRe);
        ref var zIm = ref MemoryMarshal.GetArrayDataReference(_packedIm);
        ref var pRe = ref MemoryMarshal.GetArrayDataReference(_productRe);
        ref var pIm = ref MemoryMarshal.GetArrayDataReference(_productIm);
        ref var reverse = ref MemoryMarshal.GetReference(_complex.BitReversal);
        for (var k = from; k < to; k++)
        {
            var mirror = Unsafe.Add(ref reverse, (_fftSize - k) & mask);
            var bin = Unsafe.Add(ref reverse, k);
            float zr = Unsafe.Add(ref zRe, bin), zi = Unsafe.Add(ref zIm, bin);
            float cr = Unsafe.Add(ref zRe, mirror), ci = -Unsafe.Add(ref zIm, mirror);
            // F = (Z + Z*_{N−k})/2,  W = (Z − Z*_{N−k})/(2i); the factors ½·½ are applied to the product.
            float fr = zr + cr, fi = zi + ci;
            float wr = zi - ci, wi = cr - zr;
            Unsafe.Add(ref pRe, k) = 0.25f * (wr * fr + wi * fi);
            Unsafe.Add(ref pIm, k) = 0.25f * (wr * fi - wi * fr);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Gather(ref float source, Vector256<int> at) => Vector256.Create(
        Unsafe.Add(ref source, at[0]), Unsafe.Add(ref source, at[1]), Unsafe.Add(ref source, at[2]), Unsafe.Add(ref source, at[3]),
        Unsafe.Add(ref source, at[4]), Unsafe.Add(ref source, at[5]), Unsafe.Add(ref source, at[6]), Unsafe.Add(ref source, at[7]));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> GatherReversed(ref float source, Vector256<int> at) => Vector256.Create(
        Unsafe.Add(ref source, at[7]), Unsafe.Add(ref source, at[6]), Unsafe.Add(ref source, at[5]), Unsafe.Add(ref source, at[4]),
        Unsafe.Add(ref source, at[3]), Unsafe.Add(ref source, at[2]), Unsafe.Add(ref source, at[1]), Unsafe.Add(ref source, at[0]));

    // Inclusive prefix sum of four lanes: [a, a + b, a + b + c, a + b + c + d] (out-of-range indices shuffle in zeros).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> PrefixSum(Vector256<double> v)
    {
        v += Vector256.Shuffle(v, Vector256.Create(4L, 0, 1, 2));
        return v + Vector256.Shuffle(v, Vector256.Create(4L, 4, 0, 1));
    }

    /// <summary>
    /// The lag, in samples, at which the difference function is smallest near the integer minimum
    /// <paramref name="tau"/>. A parabola through three integer lags is biased for high voices (a C6 has
    /// a period of 15 samples at 16 kHz, and its upper harmonics bend the dip away from a parabola), so the
    /// parabola's vertex only starts a Newton step on the band-limited difference function itself:
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

        // One Newton step: the parabola's vertex is within a few hundredths of a sample, and Newton's
        // error shrinks quadratically from there.
        CorrelationDerivatives(lag, out var slope, out var bend);
        var floor = (int)Math.Floor(lag);
        var energySlope = _energy[floor + 1] - _energy[floor];
        var gradient = energySlope - 2 * slope;
        var hessian = -2 * bend;
        if (hessian > 0) lag = Math.Clamp(lag - gradient / hessian, tau - 1.0, tau + 1.0);
        return lag;
    }

    /// <summary>First and second derivatives of the correlation r(τ) at a fractional lag, from the cross-spectrum.</summary>
    private void CorrelationDerivatives(double lag, out double slope, out double bend)
    {
        // r(τ) = (1/N) Σ_k w_k Re(P_k e^{iθkτ}), θ = 2π/N, so
        //   r′(τ)  = −(θ/N)  Σ_k w_k k  (Re P_k sin φ_k + Im P_k cos φ_k)
        //   r″(τ) = −(θ²/N) Σ_k w_k k² (Re P_k cos φ_k − Im P_k sin φ_k),  φ_k = θkτ.
        // e^{iφ_k} comes from a rotation recurrence, one vector of consecutive k at a time.
        var theta = 2 * Math.PI / _fftSize;
        var lanes = Vector<float>.Count;
        Span<float> startCos = stackalloc float[lanes];
        Span<float> startSin = stackalloc float[lanes];
        var (unitSin, unitCos) = Math.SinCos(theta * lag);
        double c = 1, s = 0;
        for (var l = 0; l < lanes; l++)
        {
            startCos[l] = (float)c;
            startSin[l] = (float)s;
            (c, s) = (c * unitCos - s * unitSin, s * unitCos + c * unitSin);
        }
        var cos = new Vector<float>(startCos);
        var sin = new Vector<float>(startSin);
        var stepCos = new Vector<float>((float)c);
        var stepSin = new Vector<float>((float)s);
        var first = Vector<float>.Zero;
        var second = Vector<float>.Zero;
        var blocks = (_weightedRe.Length - 1) / lanes;
        for (var b = 0; b < blocks; b++)
        {
            var offset = b * lanes;
            var re1 = new Vector<float>(_weightedRe, offset);
            var im1 = new Vector<float>(_weightedIm, offset);
            var re2 = new Vector<float>(_weightedRe2, offset);
            var im2 = new Vector<float>(_weightedIm2, offset);
            first += re1 * sin + im1 * cos;
            second += re2 * cos - im2 * sin;
            var nextCos = cos * stepCos - sin * stepSin;
            sin = sin * stepCos + cos * stepSin;
            cos = nextCos;
        }
        double firstSum = Vector.Sum(first), secondSum = Vector.Sum(second);
        for (var k = blocks * lanes; k < _weightedRe.Length; k++)
        {
            var phi = theta * k * lag;
            firstSum += _weightedRe[k] * Math.Sin(phi) + _weightedIm[k] * Math.Cos(phi);
            secondSum += _weightedRe2[k] * Math.Cos(phi) - _weightedIm2[k] * Math.Sin(phi);
        }
        slope = -theta * firstSum / _fftSize;
        bend = -theta * theta * secondSum / _fftSize;
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
