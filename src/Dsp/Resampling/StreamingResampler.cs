namespace SingKing.Dsp.Resampling;

/// <summary>
/// Band-limited sample-rate converter for streams: Kaiser-windowed sinc interpolation with exact rational
/// sample positions, so the output depends only on the input samples, never on how they were chunked.
/// </summary>
/// <remarks>
/// Output sample n sits at input position n·Fin/Fout. Positions are kept as integers (reduced by the
/// greatest common divisor), so the filter phase is exact for every standard rate and the stream never
/// drifts. The low-pass cut-off is 0.45 × the lower of the two rates; the kernel spans 12 zero crossings
/// on each side, which keeps aliasing below −80 dB for the pitch range the tracker cares about.
/// </remarks>
public sealed class StreamingResampler
{
    private const int ZeroCrossings = 12;
    private const double KaiserBeta = 8.0;
    private const double CutoffRatio = 0.45;
    private const int MaxPhases = 4096;

    private readonly long _step;       // input position advance per output sample, in 1/_denominator units
    private readonly long _denominator;
    private readonly int _phaseCount;
    private readonly int _taps;        // coefficients per phase
    private readonly int _reach;       // input samples needed on each side of an output position
    private readonly float[] _coefficients; // _phaseCount × _taps

    private float[] _buffer;           // input samples, _buffer[0] is absolute input index _bufferStart
    private long _bufferStart;
    private int _bufferCount;
    private long _received;            // input samples received so far
    private long _produced;            // output samples produced so far

    /// <summary>Creates a converter from <paramref name="inputRate"/> Hz to <paramref name="outputRate"/> Hz.</summary>
    public StreamingResampler(int inputRate, int outputRate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputRate, 1000);
        ArgumentOutOfRangeException.ThrowIfLessThan(outputRate, 1000);
        InputRate = inputRate;
        OutputRate = outputRate;

        var gcd = Gcd(inputRate, outputRate);
        _step = inputRate / gcd;
        _denominator = outputRate / gcd;
        _phaseCount = (int)Math.Min(_denominator, MaxPhases);

        // Kernel in input-sample units: a low-pass at CutoffRatio × the lower rate.
        var cutoff = CutoffRatio * Math.Min(inputRate, outputRate) / inputRate; // cycles per input sample
        var halfWidth = ZeroCrossings / (2 * cutoff);
        _reach = (int)Math.Ceiling(halfWidth);
        _taps = 2 * _reach;
        _coefficients = new float[_phaseCount * _taps];
        for (var phase = 0; phase < _phaseCount; phase++)
        {
            var fraction = (double)phase / _phaseCount;
            var row = _coefficients.AsSpan(phase * _taps, _taps);
            double sum = 0;
            for (var j = 0; j < _taps; j++)
            {
                // Tap j reads input index floor(position) − _reach + 1 + j.
                var t = fraction + _reach - 1 - j;
                var value = Math.Abs(t) >= halfWidth ? 0 : 2 * cutoff * Sinc(2 * cutoff * t) * Kaiser(t / halfWidth);
                row[j] = (float)value;
                sum += value;
            }
            // Unity gain at DC for every phase, so a constant input stays constant.
            for (var j = 0; j < _taps; j++) row[j] = (float)(row[j] / sum);
        }

        _buffer = new float[Math.Max(4 * _taps, 4096)];
        // The stream is preceded by silence, so the first outputs see zeros to their left.
        _bufferStart = -_reach;
        _bufferCount = _reach;
    }

    /// <summary>Input sample rate in Hz.</summary>
    public int InputRate { get; }

    /// <summary>Input samples after an output sample's position that must arrive before it can be computed.</summary>
    public int LookAheadSamples => _reach;

    /// <summary>Output sample rate in Hz.</summary>
    public int OutputRate { get; }

    /// <summary>Output samples that <paramref name="inputSamples"/> more input samples can produce at most.</summary>
    public int MaxOutputFor(int inputSamples) => (int)((long)inputSamples * _denominator / _step) + 2;

    /// <summary>
    /// Consumes <paramref name="input"/> and writes every output sample that became computable.
    /// <paramref name="output"/> must hold <see cref="MaxOutputFor"/>(input.Length) samples.
    /// </summary>
    /// <returns>The number of output samples written.</returns>
    public int Process(ReadOnlySpan<float> input, Span<float> output)
    {
        var written = 0;
        while (!input.IsEmpty)
        {
            MakeRoom();
            var take = Math.Min(input.Length, _buffer.Length - _bufferCount);
            input[..take].CopyTo(_buffer.AsSpan(_bufferCount));
            _bufferCount += take;
            _received += take;
            input = input[take..];
            written += Produce(output[written..], _bufferStart + _bufferCount);
        }
        return written;
    }

    /// <summary>
    /// Ends the stream: writes the remaining output samples, up to the last one whose position lies within
    /// the input, reading silence past its end. <paramref name="output"/> must hold <c>MaxOutputFor(0) + </c>
    /// the kernel reach (a few dozen samples); <see cref="FlushLength"/> says exactly.
    /// </summary>
    public int Flush(Span<float> output)
    {
        var written = 0;
        var zeros = _reach + 1;
        while (zeros > 0)
        {
            MakeRoom();
            var take = Math.Min(zeros, _buffer.Length - _bufferCount);
            _buffer.AsSpan(_bufferCount, take).Clear();
            _bufferCount += take;
            zeros -= take;
        }
        written += Produce(output, _bufferStart + _bufferCount, limitToInput: true);
        return written;
    }

    /// <summary>The most samples <see cref="Flush"/> can write.</summary>
    public int FlushLength => MaxOutputFor(_reach + 1);

    /// <summary>Forgets all input.</summary>
    public void Reset()
    {
        _bufferStart = -_reach;
        Array.Clear(_buffer);
        _bufferCount = _reach;
        _received = 0;
        _produced = 0;
    }

    private int Produce(Span<float> output, long available, bool limitToInput = false)
    {
        var written = 0;
        while (true)
        {
            var position = _produced * _step;              // in 1/_denominator input samples
            var index = position / _denominator;
            if (limitToInput && index >= _received) break; // past the end of the real input
            var last = index + _reach;                     // highest input index the kernel reads
            if (last >= available) break;

            var remainder = position - index * _denominator;
            var phase = _phaseCount == _denominator
                ? (int)remainder
                : (int)Math.Min(_phaseCount - 1, (remainder * _phaseCount + _denominator / 2) / _denominator);
            var first = (int)(index - _reach + 1 - _bufferStart);
            var window = _buffer.AsSpan(first, _taps);
            var kernel = _coefficients.AsSpan(phase * _taps, _taps);
            output[written++] = Dot(window, kernel);
            _produced++;
        }
        return written;
    }

    private void MakeRoom()
    {
        if (_bufferCount < _buffer.Length) return;
        // Keep only what the next output sample can still read.
        var nextIndex = _produced * _step / _denominator;
        var keepFrom = (int)Math.Max(0, nextIndex - _reach + 1 - _bufferStart);
        if (keepFrom == 0)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
            return;
        }
        Array.Copy(_buffer, keepFrom, _buffer, 0, _bufferCount - keepFrom);
        _bufferCount -= keepFrom;
        _bufferStart += keepFrom;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b) =>
        System.Numerics.Tensors.TensorPrimitives.Dot(a, b);

    private static double Sinc(double x) => x == 0 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);

    private static double Kaiser(double x)
    {
        // x in [−1, 1]; Kaiser window w(x) = I0(β√(1−x²)) / I0(β).
        var r = 1 - x * x;
        return r <= 0 ? 0 : BesselI0(KaiserBeta * Math.Sqrt(r)) / BesselI0(KaiserBeta);
    }

    private static double BesselI0(double x)
    {
        double sum = 1, term = 1, half = x / 2;
        for (var k = 1; k < 50; k++)
        {
            term *= half / k * (half / k);
            sum += term;
            if (term < sum * 1e-17) break;
        }
        return sum;
    }

    private static int Gcd(int a, int b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }
}
