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
/// Dixon, ICASSP 2014). One analyzer follows one stream: the integration window is made of hop-sized blocks whose
/// spectra it keeps, so each frame transforms only its newest block. Allocation-free after the first frame on each
/// thread.
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
    private readonly int _block;
    private readonly int _blockSpan;
    private readonly int _window;
    private readonly int _bins;

    // This stream's block cross-spectra, one slot per block of a window, and the stream sample each slot's block starts
    // at (long.MinValue for none). About 6 KB per tracker at 16 kHz.
    private readonly long[] _blockStarts;
    private readonly float[] _blockRe;
    private readonly float[] _blockIm;
    private readonly int _minLag;
    private readonly int _maxLag;
    private readonly float _minFrequency;
    private readonly float _maxFrequency;
    private readonly int _fftSize;

    private static readonly double[] ThresholdCdfTable = BuildThresholdCdf();

    /// <summary>Creates an analyzer whose integration window is <paramref name="blocks"/> blocks of <paramref name="blockSamples"/>.</summary>
    /// <param name="sampleRate">Analysis sample rate in Hz.</param>
    /// <param name="blockSamples">Samples per block: the tracker's hop, so that consecutive frames share all blocks but one.</param>
    /// <param name="blocks">Blocks in the integration window.</param>
    /// <param name="minFrequencyHz">Lowest fundamental looked for.</param>
    /// <param name="maxFrequencyHz">Highest fundamental looked for.</param>
    public YinAnalyzer(int sampleRate, int blockSamples, int blocks, double minFrequencyHz, double maxFrequencyHz)
    {
        _sampleRate = sampleRate;
        _block = blockSamples;
        _window = blockSamples * blocks;
        _minLag = Math.Max(2, (int)Math.Floor(sampleRate / maxFrequencyHz));
        _maxLag = (int)Math.Ceiling(sampleRate / minFrequencyHz);
        // A little tolerance so a note sung exactly at the range limits is not lost to interpolation.
        _minFrequency = (float)(minFrequencyHz / 1.03);
        _maxFrequency = (float)(maxFrequencyHz * 1.03);
        FrameLength = _window + _maxLag + 2;
        _blockSpan = _block + _maxLag + 2;
        _fftSize = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)_blockSpan);
        _bins = _fftSize / 2 + 1;
        _blockStarts = new long[blocks];
        _blockRe = new float[blocks * _bins];
        _blockIm = new float[blocks * _bins];
        Reset();
    }

    /// <summary>Samples one frame spans: the integration window plus the longest lag (and one for interpolation).</summary>
    public int FrameLength { get; }

    /// <summary>Forgets the blocks kept from earlier frames: the next frames may start anywhere.</summary>
    public void Reset() => Array.Fill(_blockStarts, long.MinValue);

    /// <summary>
    /// Analyses one frame of <see cref="FrameLength"/> samples that starts at sample <paramref name="frameStart"/> of the
    /// stream. Frames of one stream must be given the stream's own samples at those positions: the analysis of a block
    /// is kept and reused for the next frames that cover the same samples (until <see cref="Reset"/>).
    /// </summary>
    public void Analyze(ReadOnlySpan<float> frame, long frameStart, ref YinObservation observation)
    {
        observation = default;
        var s = Scratch.For(_fftSize, _maxLag);

        // Energy of the integration window; the energies of the lagged windows follow by sliding it below.
        var energy0 = (double)TensorPrimitives.SumOfSquares(frame[.._window]);
        observation.LevelDb = energy0 > 0 ? (float)Math.Max(-120, 10 * Math.Log10(energy0 / _window)) : -120f;

        // A digitally silent integration window has no period to find (and the rounding noise of the FFT
        // would otherwise pass for one); this guards 0/0, it is not a level threshold.
        if (energy0 <= 1e-20)
            return;

        // r(τ) = Σ_{j<W} x[j]·x[j+τ] for all τ at once, as the sum over the window's blocks of each block's
        // cross-correlation with the samples from its start to the frame's longest lag. A frame shares all its blocks
        // but the newest with the frame a hop before, so each hop transforms one block, at a quarter of the points
        // (and half the FFT size) the whole frame would take; the block spectra are summed in order, so a frame's
        // result does not depend on which of its blocks were kept.
        var blocks = _blockStarts.Length;
        for (var b = 0; b < blocks; b++)
        {
            var slot = BlockSlot(frame, frameStart, b, s);
            var re = _blockRe.AsSpan(slot * _bins, _bins);
            var im = _blockIm.AsSpan(slot * _bins, _bins);
            if (b == 0)
            {
                re.CopyTo(s.ProductRe);
                im.CopyTo(s.ProductIm);
            }
            else
            {
                TensorPrimitives.Add(s.ProductRe, re, s.ProductRe);
                TensorPrimitives.Add(s.ProductIm, im, s.ProductIm);
            }
        }

        s.Real.Inverse(s.ProductRe, s.ProductIm, s.Correlation);
        // The spectra weighted for the lag refinement are made when the first candidate needs them.
        s.Weighted = false;
        AnalyzeLags(frame, energy0, s, ref observation);
    }

    // The slot holding the cross-spectrum of block b of the frame, transformed now unless an earlier frame left it.
    private int BlockSlot(ReadOnlySpan<float> frame, long frameStart, int b, Scratch s)
    {
        var start = frameStart + (long)b * _block;
        var slot = 0;
        for (var i = 0; i < _blockStarts.Length; i++)
        {
            if (_blockStarts[i] == start)
                return i;
            // Otherwise the block furthest back is replaced: frames move forward, so it is not needed again.
            if (_blockStarts[i] < _blockStarts[slot])
                slot = i;
        }

        BlockSpectrum(frame.Slice(b * _block, _blockSpan), s, slot);
        _blockStarts[slot] = start;
        return slot;
    }

    // The cross-spectrum conj(B)·Y of a block B with its span Y (the block and the longest lag after it), both zero-padded
    // to the transform's size, which is at least the span's length, so the circular correlation has no wrap-around at
    // the lags looked at. Both real spectra come from one complex FFT of Y + i·B.
    private void BlockSpectrum(ReadOnlySpan<float> span, Scratch s, int slot)
    {
        span.CopyTo(s.PackedRe);
        Array.Clear(s.PackedRe, _blockSpan, _fftSize - _blockSpan);
        span[.._block].CopyTo(s.PackedIm);
        Array.Clear(s.PackedIm, _block, _fftSize - _block);
        s.Complex.ForwardToBitReversed(s.PackedRe, s.PackedIm);
        var k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Bin 0 is its own mirror; from bin 1 on, the mirrors N − k … N − k − 7 of eight bins are eight consecutive
            // entries of the bit-reversal table, read backwards. The bins themselves are gathered lane by lane.
            CrossSpectrum(s, slot, 0, 1);
            ref var zRe = ref MemoryMarshal.GetArrayDataReference(s.PackedRe);
            ref var zIm = ref MemoryMarshal.GetArrayDataReference(s.PackedIm);
            ref var pRe = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_blockRe), slot * _bins);
            ref var pIm = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_blockIm), slot * _bins);
            ref var reverse = ref MemoryMarshal.GetReference(s.Complex.BitReversal);
            var quarter = Vector256.Create(0.25f);
            for (k = 1; k + 8 <= _bins; k += 8)
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

        CrossSpectrum(s, slot, k, _bins);
    }

    // The difference function from the frame's correlation (in s.Correlation), its normalisation, and the candidates.
    private void AnalyzeLags(ReadOnlySpan<float> frame, double energy0, Scratch s, ref YinObservation observation)
    {
        // The energies of the lagged windows, e(τ) = e(τ − 1) + x[τ + W − 1]² − x[τ − 1]², one more than the lags
        // for the slope at the last lag the refinement may reach; then d(τ) = e(0) + e(τ) − 2 r(τ) and its running
        // sum Σ_{j≤τ} d(j) for the cumulative-mean normalisation. Both are prefix sums in double precision: four
        // lags at a time, each block summed within its vector and carried on from the one before.
        var last = _maxLag + 1;
        ref var x = ref MemoryMarshal.GetReference(frame);
        ref var energy = ref MemoryMarshal.GetArrayDataReference(s.Energy);
        ref var correlation = ref MemoryMarshal.GetArrayDataReference(s.Correlation);
        ref var difference = ref MemoryMarshal.GetArrayDataReference(s.Difference);
        ref var cumulative = ref MemoryMarshal.GetArrayDataReference(s.Cumulative);
        energy = energy0;
        difference = 0;
        s.Normalized[0] = 1;
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
        var lags = s.Normalized.AsSpan(1, last);
        TensorPrimitives.Multiply(s.Difference.AsSpan(1, last), s.LagNumbers.AsSpan(1, last), lags);
        TensorPrimitives.Divide(lags, s.Cumulative.AsSpan(1, last), lags);
        for (var tau = 1; tau <= last && s.Cumulative[tau] == 0; tau++) s.Normalized[tau] = 1;

        var lowest = TensorPrimitives.Min(s.Normalized.AsSpan(_minLag, _maxLag - _minLag + 1));
        observation.Periodicity = Math.Clamp(1 - lowest, 0, 1);

        // Walk the minima in lag order. A minimum is YIN's choice for every threshold above its own d′ and
        // at or below the d′ of every earlier minimum (YIN takes the first dip under the threshold).
        var earlierLowest = 1.0;
        var voiced = 0.0;
        for (var tau = _minLag; tau <= _maxLag; tau++)
        {
            var value = s.Normalized[tau];
            if (!(value < s.Normalized[tau - 1] && value <= s.Normalized[tau + 1])) continue;
            if (value >= earlierLowest) continue;
            var probability = ThresholdCdf(earlierLowest) - ThresholdCdf(value);
            earlierLowest = value;
            if (probability <= 0) continue;

            var frequency = (float)(_sampleRate / RefineLag(s, tau));
            if (frequency < _minFrequency || frequency > _maxFrequency) continue;
            voiced += probability;
            observation.Add(new PitchCandidate(frequency, value, (float)probability));
        }
        observation.VoicedProbability = (float)Math.Clamp(voiced, 0, 1);
    }

    // The cross-spectrum conj(B_k)·Y_k for bins from … to − 1 into the slot, read from the bit-reversed spectrum of Y + i·B.
    private void CrossSpectrum(Scratch s, int slot, int from, int to)
    {
        var mask = _fftSize - 1;
        ref var zRe = ref MemoryMarshal.GetArrayDataReference(s.PackedRe);
        ref var zIm = ref MemoryMarshal.GetArrayDataReference(s.PackedIm);
        ref var pRe = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_blockRe), slot * _bins);
        ref var pIm = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_blockIm), slot * _bins);
        ref var reverse = ref MemoryMarshal.GetReference(s.Complex.BitReversal);
        for (var k = from; k < to; k++)
        {
            var mirror = Unsafe.Add(ref reverse, (_fftSize - k) & mask);
            var bin = Unsafe.Add(ref reverse, k);
            float zr = Unsafe.Add(ref zRe, bin), zi = Unsafe.Add(ref zIm, bin);
            float cr = Unsafe.Add(ref zRe, mirror), ci = -Unsafe.Add(ref zIm, mirror);
            // Y = (Z + Z*_{N−k})/2,  B = (Z − Z*_{N−k})/(2i); the factors ½·½ are applied to the product.
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
    private double RefineLag(Scratch s, int tau)
    {
        var left = s.Difference[tau - 1];
        var centre = s.Difference[tau];
        var right = s.Difference[tau + 1];
        var curvature = left - 2 * centre + right;
        var lag = curvature > 0 ? tau + Math.Clamp(0.5 * (left - right) / curvature, -0.5, 0.5) : tau;

        // One Newton step: the parabola's vertex is within a few hundredths of a sample, and Newton's
        // error shrinks quadratically from there.
        if (!s.Weighted)
        {
            TensorPrimitives.Multiply(s.ProductRe, s.Bins, s.WeightedRe);
            TensorPrimitives.Multiply(s.ProductIm, s.Bins, s.WeightedIm);
            TensorPrimitives.Multiply(s.ProductRe, s.BinsSquared, s.WeightedRe2);
            TensorPrimitives.Multiply(s.ProductIm, s.BinsSquared, s.WeightedIm2);
            s.Weighted = true;
        }

        CorrelationDerivatives(s, lag, out var slope, out var bend);
        var floor = (int)Math.Floor(lag);
        var energySlope = s.Energy[floor + 1] - s.Energy[floor];
        var gradient = energySlope - 2 * slope;
        var hessian = -2 * bend;
        if (hessian > 0) lag = Math.Clamp(lag - gradient / hessian, tau - 1.0, tau + 1.0);
        return lag;
    }

    /// <summary>First and second derivatives of the correlation r(τ) at a fractional lag, from the cross-spectrum.</summary>
    private void CorrelationDerivatives(Scratch scratch, double lag, out double slope, out double bend)
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
        var blocks = (scratch.WeightedRe.Length - 1) / lanes;
        for (var b = 0; b < blocks; b++)
        {
            var offset = b * lanes;
            var re1 = new Vector<float>(scratch.WeightedRe, offset);
            var im1 = new Vector<float>(scratch.WeightedIm, offset);
            var re2 = new Vector<float>(scratch.WeightedRe2, offset);
            var im2 = new Vector<float>(scratch.WeightedIm2, offset);
            first += re1 * sin + im1 * cos;
            second += re2 * cos - im2 * sin;
            var nextCos = cos * stepCos - sin * stepSin;
            sin = sin * stepCos + cos * stepSin;
            cos = nextCos;
        }
        double firstSum = Vector.Sum(first), secondSum = Vector.Sum(second);
        for (var k = blocks * lanes; k < scratch.WeightedRe.Length; k++)
        {
            var phi = theta * k * lag;
            firstSum += scratch.WeightedRe[k] * Math.Sin(phi) + scratch.WeightedIm[k] * Math.Cos(phi);
            secondSum += scratch.WeightedRe2[k] * Math.Cos(phi) - scratch.WeightedIm2[k] * Math.Sin(phi);
        }
        slope = -theta * firstSum / _fftSize;
        bend = -theta * theta * secondSum / _fftSize;
    }

    private double ThresholdCdf(double threshold)
    {
        // Share of thresholds s_i = (i + 1)/100 that are ≤ threshold.
        var index = (int)Math.Floor(threshold * ThresholdSteps + 1e-9) - 1;
        if (index < 0) return 0;
        return ThresholdCdfTable[Math.Min(index, ThresholdSteps - 1)];
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

    /// <summary>
    /// The arrays one frame's analysis works in, and the transforms: one set per thread (and frame size), shared by
    /// every analyzer that runs there. A host tracks hundreds of singers; with a set each, every frame's analysis
    /// started by pulling its tables and buffers from main memory, which cost as much as the arithmetic.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch[]? t_sets;

        private Scratch(int fftSize, int maxLag)
        {
            FftSize = fftSize;
            MaxLag = maxLag;
            Real = new RealFourierTransform(fftSize);
            Complex = new ComplexFourierTransform(fftSize);
            PackedRe = new float[fftSize];
            PackedIm = new float[fftSize];
            Correlation = new float[maxLag + 3];
            var half = fftSize / 2 + 1;
            ProductRe = new float[half];
            ProductIm = new float[half];
            Bins = new float[half];
            BinsSquared = new float[half];
            for (var k = 0; k < half; k++)
            {
                // Real spectrum: bins 1 … N/2 − 1 stand for two conjugate bins each.
                var weight = k == 0 || k == half - 1 ? 1f : 2f;
                Bins[k] = weight * k;
                BinsSquared[k] = weight * k * (float)k;
            }
            WeightedRe = new float[half];
            WeightedIm = new float[half];
            WeightedRe2 = new float[half];
            WeightedIm2 = new float[half];
            Energy = new double[maxLag + 3];
            Difference = new float[maxLag + 2];
            Cumulative = new float[maxLag + 2];
            LagNumbers = new float[maxLag + 2];
            for (var tau = 0; tau < LagNumbers.Length; tau++) LagNumbers[tau] = tau;
            Normalized = new float[maxLag + 2];
        }

        public int FftSize { get; }
        public int MaxLag { get; }
        public RealFourierTransform Real { get; }
        public ComplexFourierTransform Complex { get; }
        public float[] PackedRe { get; }             // frame + i·window, then its spectrum
        public float[] PackedIm { get; }
        public float[] ProductRe { get; }            // cross-spectrum, kept for lag refinement
        public float[] ProductIm { get; }
        public float[] Bins { get; }                 // k and k² for k = 0 … N/2
        public float[] BinsSquared { get; }
        public float[] WeightedRe { get; }           // the cross-spectrum times k and k², for the refinement
        public float[] WeightedIm { get; }
        public float[] WeightedRe2 { get; }
        public float[] WeightedIm2 { get; }
        public bool Weighted { get; set; }           // whether the four above hold this frame's
        public float[] Correlation { get; }
        public double[] Energy { get; }              // energy of the window lagged by τ
        public float[] Difference { get; }
        public float[] Cumulative { get; }           // Σ_{j≤τ} d(j)
        public float[] LagNumbers { get; }           // τ as a float, for the vectorised normalisation
        public float[] Normalized { get; }

        /// <summary>This thread's set for frames of this size, made on first use.</summary>
        public static Scratch For(int fftSize, int maxLag)
        {
            var sets = t_sets ??= [];
            foreach (var set in sets)
            {
                if (set.FftSize == fftSize && set.MaxLag == maxLag)
                    return set;
            }

            var made = new Scratch(fftSize, maxLag);
            t_sets = [.. sets, made];
            return made;
        }
    }
}
