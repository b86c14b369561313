using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SingKing.Dsp.Transforms;

/// <summary>
/// In-place fast Fourier transform of complex signals of a power-of-two length, on split real and
/// imaginary arrays: Z_k = Σ z_j e^{−i2πjk/N}. Allocation-free after construction; the wide stages run on
/// <see cref="Vector{T}"/>.
/// </summary>
public sealed class ComplexFourierTransform
{
    private readonly int _size;
    private readonly int[] _swaps;          // pairs (i, j) with i < j = bit-reverse(i)
    private readonly int[] _bitReverse;
    private readonly float[] _twiddleRe;    // stage with half-size h: e^{−iπj/h} at index h + j
    private readonly float[] _twiddleIm;

    /// <summary>Creates a transform of <paramref name="size"/> points (a power of two, at least 4).</summary>
    public ComplexFourierTransform(int size)
    {
        if (size < 4 || !BitOperations.IsPow2(size))
            throw new ArgumentOutOfRangeException(nameof(size), size, "The size must be a power of two of at least 4.");
        _size = size;
        var bits = BitOperations.Log2((uint)size);
        var swaps = new List<int>();
        _bitReverse = new int[size];
        for (var i = 0; i < size; i++)
        {
            var reversed = 0;
            for (var b = 0; b < bits; b++)
                if ((i & (1 << b)) != 0) reversed |= 1 << (bits - 1 - b);
            _bitReverse[i] = reversed;
            if (i < reversed) { swaps.Add(i); swaps.Add(reversed); }
        }
        _swaps = [.. swaps];
        _twiddleRe = new float[size];
        _twiddleIm = new float[size];
        for (var h = 1; h < size; h *= 2)
        {
            for (var j = 0; j < h; j++)
            {
                _twiddleRe[h + j] = (float)Math.Cos(-Math.PI * j / h);
                _twiddleIm[h + j] = (float)Math.Sin(-Math.PI * j / h);
            }
        }
    }

    /// <summary>Number of points N.</summary>
    public int Size => _size;

    /// <summary>Transforms <paramref name="re"/> + i·<paramref name="im"/> (N points each, natural order) in place.</summary>
    public void Forward(float[] re, float[] im)
    {
        ArgumentNullException.ThrowIfNull(re);
        ArgumentNullException.ThrowIfNull(im);
        if (re.Length != _size || im.Length != _size) throw new ArgumentException($"Expected {_size} points.");
        ref var r = ref MemoryMarshal.GetArrayDataReference(re);
        ref var m = ref MemoryMarshal.GetArrayDataReference(im);
        for (var s = 0; s < _swaps.Length; s += 2)
        {
            int a = _swaps[s], b = _swaps[s + 1];
            (Unsafe.Add(ref r, a), Unsafe.Add(ref r, b)) = (Unsafe.Add(ref r, b), Unsafe.Add(ref r, a));
            (Unsafe.Add(ref m, a), Unsafe.Add(ref m, b)) = (Unsafe.Add(ref m, b), Unsafe.Add(ref m, a));
        }
        Butterflies(re, im);
    }

    /// <summary>Position of bin or sample <c>i</c> in bit-reversed order.</summary>
    internal ReadOnlySpan<int> BitReversal => _bitReverse;

    /// <summary>
    /// Transforms natural-order input in place and leaves the spectrum in bit-reversed order (bin k at
    /// <c>BitReversal[k]</c>): decimation in frequency, which needs no reordering pass. Callers that read the
    /// bins through <see cref="BitReversal"/> anyway save that pass.
    /// </summary>
    internal void ForwardToBitReversed(float[] re, float[] im)
    {
        var lanes = Vector<float>.Count;
        for (var h = _size / 2; h >= 4; h /= 2)
        {
            if (h / 2 >= lanes && Vector.IsHardwareAccelerated)
            {
                DifTwoStagesVector(re, im, h);
                h /= 2;
            }
            else if (h >= lanes && Vector.IsHardwareAccelerated) DifStageVector(re, im, h);
            else if (h == 4 && Vector128.IsHardwareAccelerated) DifStageFour(re, im);
            else DifStageScalar(re, im, h);
        }

        if (Vector256.IsHardwareAccelerated && _size >= 8) DifLastStagesVector(re, im);
        else DifLastStagesScalar(re, im);
    }

    // Half-sizes 2 and 1 together: twiddles 1 and −i, so no multiplications.
    private void DifLastStagesScalar(float[] re, float[] im)
    {
        ref var r = ref MemoryMarshal.GetArrayDataReference(re);
        ref var m = ref MemoryMarshal.GetArrayDataReference(im);
        for (var g = 0; g < _size; g += 4)
        {
            float a0r = Unsafe.Add(ref r, g), a0i = Unsafe.Add(ref m, g);
            float a1r = Unsafe.Add(ref r, g + 1), a1i = Unsafe.Add(ref m, g + 1);
            float a2r = Unsafe.Add(ref r, g + 2), a2i = Unsafe.Add(ref m, g + 2);
            float a3r = Unsafe.Add(ref r, g + 3), a3i = Unsafe.Add(ref m, g + 3);
            float b0r = a0r + a2r, b0i = a0i + a2i, b2r = a0r - a2r, b2i = a0i - a2i;
            float b1r = a1r + a3r, b1i = a1i + a3i;
            // (a1 − a3)·(−i) = (d.im, −d.re)
            float b3r = a1i - a3i, b3i = a3r - a1r;
            Unsafe.Add(ref r, g) = b0r + b1r; Unsafe.Add(ref m, g) = b0i + b1i;
            Unsafe.Add(ref r, g + 1) = b0r - b1r; Unsafe.Add(ref m, g + 1) = b0i - b1i;
            Unsafe.Add(ref r, g + 2) = b2r + b3r; Unsafe.Add(ref m, g + 2) = b2i + b3i;
            Unsafe.Add(ref r, g + 3) = b2r - b3r; Unsafe.Add(ref m, g + 3) = b2i - b3i;
        }
    }

    // The same two stages on two groups of four per 256-bit vector, lanes rearranged within each group: every
    // element sees the scalar stage's operations in the same order (x + (−1)·y is x − y exactly), so the result is
    // the same bit for bit.
    private void DifLastStagesVector(float[] reArray, float[] imArray)
    {
        ref var re = ref MemoryMarshal.GetArrayDataReference(reArray);
        ref var im = ref MemoryMarshal.GetArrayDataReference(imArray);
        var low = Vector256.Create(0, 1, 0, 1, 4, 5, 4, 5);
        var high = Vector256.Create(2, 3, 2, 3, 6, 7, 6, 7);
        var even = Vector256.Create(0, 0, 2, 2, 4, 4, 6, 6);
        var odd = Vector256.Create(1, 1, 3, 3, 5, 5, 7, 7);
        var halfSigns = Vector256.Create(1f, 1f, -1f, -1f, 1f, 1f, -1f, -1f);
        var pairSigns = Vector256.Create(1f, -1f, 1f, -1f, 1f, -1f, 1f, -1f);
        var fourth = Vector256.Create(0, 0, 0, -1, 0, 0, 0, -1).AsSingle();
        for (nuint g = 0; g < (nuint)_size; g += 8)
        {
            var ar = Vector256.LoadUnsafe(ref re, g);
            var ai = Vector256.LoadUnsafe(ref im, g);
            // Half-size 2: [a0 + a2, a1 + a3, a0 − a2, a1 − a3], and a3 − a1 for the −i rotation's sign.
            Vector256<float> lowR = Vector256.Shuffle(ar, low), highR = Vector256.Shuffle(ar, high);
            Vector256<float> lowI = Vector256.Shuffle(ai, low), highI = Vector256.Shuffle(ai, high);
            var sr = lowR + highR * halfSigns;
            var si = lowI + highI * halfSigns;
            // (a1 − a3)·(−i) = (a1.im − a3.im, a3.re − a1.re) in the fourth lane.
            var br = Vector256.ConditionalSelect(fourth, si, sr);
            var bi = Vector256.ConditionalSelect(fourth, highR - lowR, si);
            // Half-size 1: [b0 + b1, b0 − b1, b2 + b3, b2 − b3].
            (Vector256.Shuffle(br, even) + Vector256.Shuffle(br, odd) * pairSigns).StoreUnsafe(ref re, g);
            (Vector256.Shuffle(bi, even) + Vector256.Shuffle(bi, odd) * pairSigns).StoreUnsafe(ref im, g);
        }
    }

    private void DifStageScalar(float[] reArray, float[] imArray, int h)
    {
        for (var g = 0; g < _size; g += 2 * h)
        {
            for (var j = 0; j < h; j++)
            {
                var p = g + j;
                var q = p + h;
                float wr = _twiddleRe[h + j], wi = _twiddleIm[h + j];
                float dr = reArray[p] - reArray[q], di = imArray[p] - imArray[q];
                reArray[p] += reArray[q]; imArray[p] += imArray[q];
                reArray[q] = wr * dr - wi * di;
                imArray[q] = wr * di + wi * dr;
            }
        }
    }

    // Half-sizes h and h/2 in one sweep (radix-4 style), the data read and written once instead of twice. Each
    // element sees the same operations in the same order as in two radix-2 stages, so the result is the same.
    private void DifTwoStagesVector(float[] reArray, float[] imArray, int h)
    {
        var lanes = Vector<float>.Count;
        ref var re = ref MemoryMarshal.GetArrayDataReference(reArray);
        ref var im = ref MemoryMarshal.GetArrayDataReference(imArray);
        ref var wRe = ref MemoryMarshal.GetArrayDataReference(_twiddleRe);
        ref var wIm = ref MemoryMarshal.GetArrayDataReference(_twiddleIm);
        var quarter = h / 2;
        for (var g = 0; g < _size; g += 2 * h)
        {
            for (var j = 0; j < quarter; j += lanes)
            {
                nuint i0 = (nuint)(g + j), i1 = i0 + (nuint)quarter, i2 = i0 + (nuint)h, i3 = i1 + (nuint)h;
                var x0r = Vector.LoadUnsafe(ref re, i0); var x0i = Vector.LoadUnsafe(ref im, i0);
                var x1r = Vector.LoadUnsafe(ref re, i1); var x1i = Vector.LoadUnsafe(ref im, i1);
                var x2r = Vector.LoadUnsafe(ref re, i2); var x2i = Vector.LoadUnsafe(ref im, i2);
                var x3r = Vector.LoadUnsafe(ref re, i3); var x3i = Vector.LoadUnsafe(ref im, i3);

                // Half-size h: pairs (x0, x2) with twiddle h + j and (x1, x3) with twiddle h + j + h/2.
                var w1r = Vector.LoadUnsafe(ref wRe, (nuint)(h + j)); var w1i = Vector.LoadUnsafe(ref wIm, (nuint)(h + j));
                var w2r = Vector.LoadUnsafe(ref wRe, (nuint)(h + j + quarter)); var w2i = Vector.LoadUnsafe(ref wIm, (nuint)(h + j + quarter));
                var a0r = x0r + x2r; var a0i = x0i + x2i;
                var dr = x0r - x2r; var di = x0i - x2i;
                var a2r = w1r * dr - w1i * di; var a2i = w1r * di + w1i * dr;
                var a1r = x1r + x3r; var a1i = x1i + x3i;
                dr = x1r - x3r; di = x1i - x3i;
                var a3r = w2r * dr - w2i * di; var a3i = w2r * di + w2i * dr;

                // Half-size h/2: pairs (a0, a1) and (a2, a3), both with twiddle h/2 + j.
                var w3r = Vector.LoadUnsafe(ref wRe, (nuint)(quarter + j)); var w3i = Vector.LoadUnsafe(ref wIm, (nuint)(quarter + j));
                (a0r + a1r).StoreUnsafe(ref re, i0); (a0i + a1i).StoreUnsafe(ref im, i0);
                dr = a0r - a1r; di = a0i - a1i;
                (w3r * dr - w3i * di).StoreUnsafe(ref re, i1); (w3r * di + w3i * dr).StoreUnsafe(ref im, i1);
                (a2r + a3r).StoreUnsafe(ref re, i2); (a2i + a3i).StoreUnsafe(ref im, i2);
                dr = a2r - a3r; di = a2i - a3i;
                (w3r * dr - w3i * di).StoreUnsafe(ref re, i3); (w3r * di + w3i * dr).StoreUnsafe(ref im, i3);
            }
        }
    }

    // Half-size 4, narrower than Vector<float>: each group's four butterflies are one 128-bit vector, the same
    // arithmetic as the scalar stage lane by lane.
    private void DifStageFour(float[] reArray, float[] imArray)
    {
        ref var re = ref MemoryMarshal.GetArrayDataReference(reArray);
        ref var im = ref MemoryMarshal.GetArrayDataReference(imArray);
        var wr = Vector128.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_twiddleRe), 4);
        var wi = Vector128.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_twiddleIm), 4);
        for (nuint g = 0; g < (nuint)_size; g += 8)
        {
            var pr = Vector128.LoadUnsafe(ref re, g);
            var pi = Vector128.LoadUnsafe(ref im, g);
            var qr = Vector128.LoadUnsafe(ref re, g + 4);
            var qi = Vector128.LoadUnsafe(ref im, g + 4);
            var dr = pr - qr;
            var di = pi - qi;
            (pr + qr).StoreUnsafe(ref re, g);
            (pi + qi).StoreUnsafe(ref im, g);
            (wr * dr - wi * di).StoreUnsafe(ref re, g + 4);
            (wr * di + wi * dr).StoreUnsafe(ref im, g + 4);
        }
    }

    private void DifStageVector(float[] reArray, float[] imArray, int h)
    {
        var lanes = Vector<float>.Count;
        ref var re = ref Unsafe.As<float, Vector<float>>(ref MemoryMarshal.GetArrayDataReference(reArray));
        ref var im = ref Unsafe.As<float, Vector<float>>(ref MemoryMarshal.GetArrayDataReference(imArray));
        ref var wRe = ref MemoryMarshal.GetArrayDataReference(_twiddleRe);
        ref var wIm = ref MemoryMarshal.GetArrayDataReference(_twiddleIm);
        var span = h / lanes;
        for (var g = 0; g < _size / lanes; g += 2 * span)
        {
            for (var j = 0; j < span; j++)
            {
                int p = g + j, q = p + span;
                var wr = Vector.LoadUnsafe(ref wRe, (nuint)(h + j * lanes));
                var wi = Vector.LoadUnsafe(ref wIm, (nuint)(h + j * lanes));
                Vector<float> pr = Unsafe.Add(ref re, p), pi = Unsafe.Add(ref im, p);
                Vector<float> qr = Unsafe.Add(ref re, q), qi = Unsafe.Add(ref im, q);
                var dr = pr - qr;
                var di = pi - qi;
                Unsafe.Add(ref re, p) = pr + qr; Unsafe.Add(ref im, p) = pi + qi;
                Unsafe.Add(ref re, q) = wr * dr - wi * di;
                Unsafe.Add(ref im, q) = wr * di + wi * dr;
            }
        }
    }

    /// <summary>
    /// Decimation-in-time butterflies over the bit-reversed work arrays, two radix-2 stages per pass
    /// (radix-4 style) so the data is swept half as often; the wide passes run on <see cref="Vector{T}"/>.
    /// </summary>
    private void Butterflies(float[] reArray, float[] imArray)
    {
        var n = _size;
        ref var re = ref MemoryMarshal.GetArrayDataReference(reArray);
        ref var im = ref MemoryMarshal.GetArrayDataReference(imArray);

        // Half-sizes 1 and 2 together: twiddles 1 and −i, so no multiplications.
        for (var g = 0; g < n; g += 4)
        {
            float a0r = Unsafe.Add(ref re, g), a0i = Unsafe.Add(ref im, g);
            float a1r = Unsafe.Add(ref re, g + 1), a1i = Unsafe.Add(ref im, g + 1);
            float a2r = Unsafe.Add(ref re, g + 2), a2i = Unsafe.Add(ref im, g + 2);
            float a3r = Unsafe.Add(ref re, g + 3), a3i = Unsafe.Add(ref im, g + 3);
            float b0r = a0r + a1r, b0i = a0i + a1i, b1r = a0r - a1r, b1i = a0i - a1i;
            float b2r = a2r + a3r, b2i = a2i + a3i, b3r = a2r - a3r, b3i = a2i - a3i;
            Unsafe.Add(ref re, g) = b0r + b2r; Unsafe.Add(ref im, g) = b0i + b2i;
            Unsafe.Add(ref re, g + 2) = b0r - b2r; Unsafe.Add(ref im, g + 2) = b0i - b2i;
            // −i·b3 = (b3i, −b3r)
            Unsafe.Add(ref re, g + 1) = b1r + b3i; Unsafe.Add(ref im, g + 1) = b1i - b3r;
            Unsafe.Add(ref re, g + 3) = b1r - b3i; Unsafe.Add(ref im, g + 3) = b1i + b3r;
        }

        var h = 4;
        for (; 4 * h <= n; h *= 4)
        {
            if (h >= Vector<float>.Count && Vector.IsHardwareAccelerated) TwoStagesVector(reArray, imArray, h);
            else TwoStagesScalar(reArray, imArray, h);
        }
        if (h < n)
        {
            // One radix-2 stage is left when log2(N/2) is odd.
            if (h >= Vector<float>.Count && Vector.IsHardwareAccelerated) OneStageVector(reArray, imArray, h);
            else OneStageScalar(reArray, imArray, h);
        }
    }

    // Stages h and 2h on four blocks A, B, C, D of h points: A,B and C,D with w_h[j], then A,C with
    // w_2h[j] and B,D with w_2h[j + h] = −i·w_2h[j].
    private void TwoStagesScalar(float[] reArray, float[] imArray, int h)
    {
        ref var re = ref MemoryMarshal.GetArrayDataReference(reArray);
        ref var im = ref MemoryMarshal.GetArrayDataReference(imArray);
        ref var wRe = ref MemoryMarshal.GetArrayDataReference(_twiddleRe);
        ref var wIm = ref MemoryMarshal.GetArrayDataReference(_twiddleIm);
        for (var g = 0; g < _size; g += 4 * h)
        {
            for (var j = 0; j < h; j++)
            {
                int a = g + j, b = a + h, c = b + h, d = c + h;
                float w1r = Unsafe.Add(ref wRe, h + j), w1i = Unsafe.Add(ref wIm, h + j);
                float w2r = Unsafe.Add(ref wRe, 2 * h + j), w2i = Unsafe.Add(ref wIm, 2 * h + j);
                float ar = Unsafe.Add(ref re, a), ai = Unsafe.Add(ref im, a);
                float br = Unsafe.Add(ref re, b), bi = Unsafe.Add(ref im, b);
                float cr = Unsafe.Add(ref re, c), ci = Unsafe.Add(ref im, c);
                float dr = Unsafe.Add(ref re, d), di = Unsafe.Add(ref im, d);
                float tr = w1r * br - w1i * bi, ti = w1r * bi + w1i * br;
                float a1r = ar + tr, a1i = ai + ti, b1r = ar - tr, b1i = ai - ti;
                tr = w1r * dr - w1i * di; ti = w1r * di + w1i * dr;
                float c1r = cr + tr, c1i = ci + ti, d1r = cr - tr, d1i = ci - ti;
                tr = w2r * c1r - w2i * c1i; ti = w2r * c1i + w2i * c1r;
                Unsafe.Add(ref re, a) = a1r + tr; Unsafe.Add(ref im, a) = a1i + ti;
                Unsafe.Add(ref re, c) = a1r - tr; Unsafe.Add(ref im, c) = a1i - ti;
                // t = −i·(w2·d1)
                float ur = w2r * d1r - w2i * d1i, ui = w2r * d1i + w2i * d1r;
                tr = ui; ti = -ur;
                Unsafe.Add(ref re, b) = b1r + tr; Unsafe.Add(ref im, b) = b1i + ti;
                Unsafe.Add(ref re, d) = b1r - tr; Unsafe.Add(ref im, d) = b1i - ti;
            }
        }
    }

    private void TwoStagesVector(float[] reArray, float[] imArray, int h)
    {
        var lanes = Vector<float>.Count;
        ref var re = ref Unsafe.As<float, Vector<float>>(ref MemoryMarshal.GetArrayDataReference(reArray));
        ref var im = ref Unsafe.As<float, Vector<float>>(ref MemoryMarshal.GetArrayDataReference(imArray));
        ref var wRe = ref MemoryMarshal.GetArrayDataReference(_twiddleRe);
        ref var wIm = ref MemoryMarshal.GetArrayDataReference(_twiddleIm);
        var span = h / lanes;
        for (var g = 0; g < _size / lanes; g += 4 * span)
        {
            for (var j = 0; j < span; j++)
            {
                int a = g + j, b = a + span, c = b + span, d = c + span;
                var w1r = Vector.LoadUnsafe(ref wRe, (nuint)(h + j * lanes));
                var w1i = Vector.LoadUnsafe(ref wIm, (nuint)(h + j * lanes));
                var w2r = Vector.LoadUnsafe(ref wRe, (nuint)(2 * h + j * lanes));
                var w2i = Vector.LoadUnsafe(ref wIm, (nuint)(2 * h + j * lanes));
                Vector<float> ar = Unsafe.Add(ref re, a), ai = Unsafe.Add(ref im, a);
                Vector<float> br = Unsafe.Add(ref re, b), bi = Unsafe.Add(ref im, b);
                Vector<float> cr = Unsafe.Add(ref re, c), ci = Unsafe.Add(ref im, c);
                Vector<float> dr = Unsafe.Add(ref re, d), di = Unsafe.Add(ref im, d);
                var tr = w1r * br - w1i * bi;
                var ti = w1r * bi + w1i * br;
                Vector<float> a1r = ar + tr, a1i = ai + ti, b1r = ar - tr, b1i = ai - ti;
                tr = w1r * dr - w1i * di;
                ti = w1r * di + w1i * dr;
                Vector<float> c1r = cr + tr, c1i = ci + ti, d1r = cr - tr, d1i = ci - ti;
                tr = w2r * c1r - w2i * c1i;
                ti = w2r * c1i + w2i * c1r;
                Unsafe.Add(ref re, a) = a1r + tr; Unsafe.Add(ref im, a) = a1i + ti;
                Unsafe.Add(ref re, c) = a1r - tr; Unsafe.Add(ref im, c) = a1i - ti;
                var ur = w2r * d1r - w2i * d1i;
                var ui = w2r * d1i + w2i * d1r;
                Unsafe.Add(ref re, b) = b1r + ui; Unsafe.Add(ref im, b) = b1i - ur;
                Unsafe.Add(ref re, d) = b1r - ui; Unsafe.Add(ref im, d) = b1i + ur;
            }
        }
    }

    private void OneStageScalar(float[] reArray, float[] imArray, int h)
    {
        for (var g = 0; g < _size; g += 2 * h)
        {
            for (var j = 0; j < h; j++)
            {
                var p = g + j;
                var q = p + h;
                float wr = _twiddleRe[h + j], wi = _twiddleIm[h + j];
                var tr = wr * reArray[q] - wi * imArray[q];
                var ti = wr * imArray[q] + wi * reArray[q];
                reArray[q] = reArray[p] - tr; imArray[q] = imArray[p] - ti;
                reArray[p] += tr; imArray[p] += ti;
            }
        }
    }

    private void OneStageVector(float[] reArray, float[] imArray, int h)
    {
        var lanes = Vector<float>.Count;
        ref var re = ref Unsafe.As<float, Vector<float>>(ref MemoryMarshal.GetArrayDataReference(reArray));
        ref var im = ref Unsafe.As<float, Vector<float>>(ref MemoryMarshal.GetArrayDataReference(imArray));
        ref var wRe = ref MemoryMarshal.GetArrayDataReference(_twiddleRe);
        ref var wIm = ref MemoryMarshal.GetArrayDataReference(_twiddleIm);
        var span = h / lanes;
        for (var g = 0; g < _size / lanes; g += 2 * span)
        {
            for (var j = 0; j < span; j++)
            {
                int p = g + j, q = p + span;
                var wr = Vector.LoadUnsafe(ref wRe, (nuint)(h + j * lanes));
                var wi = Vector.LoadUnsafe(ref wIm, (nuint)(h + j * lanes));
                Vector<float> qr = Unsafe.Add(ref re, q), qi = Unsafe.Add(ref im, q);
                var tr = wr * qr - wi * qi;
                var ti = wr * qi + wi * qr;
                Vector<float> pr = Unsafe.Add(ref re, p), pi = Unsafe.Add(ref im, p);
                Unsafe.Add(ref re, q) = pr - tr; Unsafe.Add(ref im, q) = pi - ti;
                Unsafe.Add(ref re, p) = pr + tr; Unsafe.Add(ref im, p) = pi + ti;
            }
        }
    }
}
