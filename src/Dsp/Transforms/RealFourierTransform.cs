using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SingKing.Dsp.Transforms;

/// <summary>
/// Fast Fourier transform of real signals of a power-of-two length N, computed as a complex FFT of N/2
/// points (even samples as real parts, odd samples as imaginary parts) followed by a split step.
/// Allocation-free after construction.
/// Not thread-safe: one instance per caller.
/// </summary>
public sealed class RealFourierTransform
{
    private readonly int _size;
    private readonly int _half;
    private readonly ComplexFourierTransform _complex;
    private readonly float[] _splitRe;      // e^{−i2πk/N}, k = 0 … N/2
    private readonly float[] _splitIm;
    private readonly float[] _re;
    private readonly float[] _im;

    /// <summary>Creates a transform of <paramref name="size"/> real samples (a power of two, at least 16).</summary>
    public RealFourierTransform(int size)
    {
        if (size < 16 || !BitOperations.IsPow2(size))
            throw new ArgumentOutOfRangeException(nameof(size), size, "The size must be a power of two of at least 16.");
        _size = size;
        _half = size / 2;
        _complex = new ComplexFourierTransform(_half);
        _splitRe = new float[_half + 1];
        _splitIm = new float[_half + 1];
        for (var k = 0; k <= _half; k++)
        {
            _splitRe[k] = (float)Math.Cos(-2 * Math.PI * k / size);
            _splitIm[k] = (float)Math.Sin(-2 * Math.PI * k / size);
        }
        _re = new float[_half];
        _im = new float[_half];
    }

    /// <summary>Number of real samples N.</summary>
    public int Size => _size;

    /// <summary>Number of spectrum bins, N/2 + 1 (0 Hz to Nyquist).</summary>
    public int Bins => _half + 1;

    /// <summary>Spectrum X_k = Σ x_j e^{−i2πjk/N} for k = 0 … N/2 of <paramref name="input"/> (N samples).</summary>
    public void Forward(ReadOnlySpan<float> input, Span<float> re, Span<float> im)
    {
        if (input.Length != _size) throw new ArgumentException($"Expected {_size} samples.", nameof(input));
        if (re.Length < _half + 1 || im.Length < _half + 1) throw new ArgumentException($"The spectrum needs {_half + 1} bins.");

        ref var x = ref MemoryMarshal.GetReference(input);
        ref var zRe = ref MemoryMarshal.GetArrayDataReference(_re);
        ref var zIm = ref MemoryMarshal.GetArrayDataReference(_im);
        for (var m = 0; m < _half; m++)
        {
            Unsafe.Add(ref zRe, m) = Unsafe.Add(ref x, 2 * m);
            Unsafe.Add(ref zIm, m) = Unsafe.Add(ref x, 2 * m + 1);
        }
        _complex.ForwardToBitReversed(_re, _im);

        // Split: X_k = E_k + w_k O_k with E_k = (Z_k + Z*_{M−k})/2 and O_k = (Z_k − Z*_{M−k})/(2i).
        ref var outRe = ref MemoryMarshal.GetReference(re);
        ref var outIm = ref MemoryMarshal.GetReference(im);
        ref var wRe = ref MemoryMarshal.GetArrayDataReference(_splitRe);
        ref var wIm = ref MemoryMarshal.GetArrayDataReference(_splitIm);
        ref var reverse = ref MemoryMarshal.GetReference(_complex.BitReversal);
        for (var k = 0; k <= _half; k++)
        {
            var a = Unsafe.Add(ref reverse, k == _half ? 0 : k);
            var b = Unsafe.Add(ref reverse, k == 0 ? 0 : _half - k);
            float zr = Unsafe.Add(ref zRe, a), zi = Unsafe.Add(ref zIm, a);
            float cr = Unsafe.Add(ref zRe, b), ci = -Unsafe.Add(ref zIm, b);
            var er = 0.5f * (zr + cr);
            var ei = 0.5f * (zi + ci);
            var or = 0.5f * (zi - ci);
            var oi = -0.5f * (zr - cr);
            float wr = Unsafe.Add(ref wRe, k), wi = Unsafe.Add(ref wIm, k);
            Unsafe.Add(ref outRe, k) = er + wr * or - wi * oi;
            Unsafe.Add(ref outIm, k) = ei + wr * oi + wi * or;
        }
    }

    /// <summary>
    /// The real signal whose spectrum is given for k = 0 … N/2; normalised, so that
    /// <c>Inverse(Forward(x)) = x</c>. <paramref name="output"/> receives the first <c>output.Length</c>
    /// samples (up to N): a caller that needs only the start of the signal skips unpacking the rest.
    /// </summary>
    public void Inverse(ReadOnlySpan<float> re, ReadOnlySpan<float> im, Span<float> output)
    {
        if (output.Length > _size) throw new ArgumentException($"At most {_size} samples.", nameof(output));
        if (re.Length < _half + 1 || im.Length < _half + 1) throw new ArgumentException($"The spectrum needs {_half + 1} bins.");

        // Undo the split: E_k = (X_k + X*_{M−k})/2, O_k = (X_k − X*_{M−k})·w*_k/2, Z_k = E_k + i·O_k.
        // The inverse complex FFT is the forward one on conjugates: IFFT(Z) = conj(FFT(conj Z))/M. The forward
        // transform runs by decimation in frequency on natural-order input and leaves its output in bit-reversed
        // order, where only the samples asked for are read.
        ref var inRe = ref MemoryMarshal.GetReference(re);
        ref var inIm = ref MemoryMarshal.GetReference(im);
        ref var zRe = ref MemoryMarshal.GetArrayDataReference(_re);
        ref var zIm = ref MemoryMarshal.GetArrayDataReference(_im);
        ref var wRe = ref MemoryMarshal.GetArrayDataReference(_splitRe);
        ref var wIm = ref MemoryMarshal.GetArrayDataReference(_splitIm);
        var k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Eight bins at a time; the mirrored bins M−k … M−k−7 are one load, reversed.
            var reverse = Vector256.Create(7, 6, 5, 4, 3, 2, 1, 0);
            var half = Vector256.Create(0.5f);
            for (; k + 8 <= _half; k += 8)
            {
                var xr = Vector256.LoadUnsafe(ref inRe, (nuint)k);
                var xi = Vector256.LoadUnsafe(ref inIm, (nuint)k);
                var cr = Vector256.Shuffle(Vector256.LoadUnsafe(ref inRe, (nuint)(_half - k - 7)), reverse);
                var ci = -Vector256.Shuffle(Vector256.LoadUnsafe(ref inIm, (nuint)(_half - k - 7)), reverse);
                var er = half * (xr + cr);
                var ei = half * (xi + ci);
                var dr = half * (xr - cr);
                var di = half * (xi - ci);
                var wr = Vector256.LoadUnsafe(ref wRe, (nuint)k);
                var wi = -Vector256.LoadUnsafe(ref wIm, (nuint)k);
                var or = dr * wr - di * wi;
                var oi = dr * wi + di * wr;
                // Z = E + iO = (er − oi) + i(ei + or); store its conjugate.
                (er - oi).StoreUnsafe(ref zRe, (nuint)k);
                (-(ei + or)).StoreUnsafe(ref zIm, (nuint)k);
            }
        }

        for (; k < _half; k++)
        {
            float xr = Unsafe.Add(ref inRe, k), xi = Unsafe.Add(ref inIm, k);
            float cr = Unsafe.Add(ref inRe, _half - k), ci = -Unsafe.Add(ref inIm, _half - k);
            var er = 0.5f * (xr + cr);
            var ei = 0.5f * (xi + ci);
            var dr = 0.5f * (xr - cr);
            var di = 0.5f * (xi - ci);
            float wr = Unsafe.Add(ref wRe, k), wi = -Unsafe.Add(ref wIm, k);
            var or = dr * wr - di * wi;
            var oi = dr * wi + di * wr;
            Unsafe.Add(ref zRe, k) = er - oi;
            Unsafe.Add(ref zIm, k) = -(ei + or);
        }
        _complex.ForwardToBitReversed(_re, _im);

        var scale = 1f / _half;
        ref var x = ref MemoryMarshal.GetReference(output);
        ref var order = ref MemoryMarshal.GetReference(_complex.BitReversal);
        var pairs = output.Length / 2;
        for (var m = 0; m < pairs; m++)
        {
            var at = Unsafe.Add(ref order, m);
            Unsafe.Add(ref x, 2 * m) = Unsafe.Add(ref zRe, at) * scale;
            Unsafe.Add(ref x, 2 * m + 1) = -Unsafe.Add(ref zIm, at) * scale;
        }
        if ((output.Length & 1) != 0) Unsafe.Add(ref x, 2 * pairs) = Unsafe.Add(ref zRe, Unsafe.Add(ref order, pairs)) * scale;
    }
}
