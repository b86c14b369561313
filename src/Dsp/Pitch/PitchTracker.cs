using SingKing.Dsp.Resampling;

namespace SingKing.Dsp.Pitch;

/// <summary>
/// Incremental YIN pitch tracker (de Cheveigné &amp; Kawahara, JASA 2002) with probabilistic candidate
/// tracking over a short look-ahead (after pYIN, Mauch &amp; Dixon, ICASSP 2014).
/// Fed chunks of any size, it emits one <see cref="PitchFrame"/> per hop; the output does not depend on
/// how the input was chunked. Allocation-free after construction.
/// </summary>
/// <remarks>
/// <para>Input at any rate from 8 to 48 kHz is resampled to <see cref="PitchTrackerOptions.AnalysisSampleRate"/>.
/// Frame k is stamped at k × hop. Its integration window of W samples starts W/2 + (a 200 Hz period)/2
/// before that instant, so the span the difference function compares — window and lagged copy — is centred
/// on the stamp for a 200 Hz voice, within 6 ms for any voice from 60 to 1100 Hz.</para>
/// <para>Voicing is decided from the shape of the normalised difference function alone (how periodic the frame
/// is), never from its level: a whisper-quiet recording is tracked like a loud one.</para>
/// <para>Latency: a frame is final about (W + longest lag)/2 + look-ahead after its stamp: 70 ms with the defaults.</para>
/// </remarks>
public sealed class PitchTracker
{
    private const int InputBlock = 1024;

    private readonly StreamingResampler? _resampler;
    private readonly YinAnalyzer _analyzer;
    private readonly PitchPathDecoder _decoder;
    private readonly int _hop;
    private readonly int _offset;        // analysis samples from a frame's window start to its stamp
    private readonly double _hopSeconds;

    private readonly float[] _inputScratch = new float[InputBlock];
    private readonly float[] _resampled;
    private readonly float[] _buffer;    // analysis samples; _buffer[0] is absolute analysis index _bufferStart
    private long _bufferStart;
    private int _bufferCount;
    private long _analysisReceived;
    private long _nextFrame;
    private YinObservation _observation;
    private float _peakLevelDb;
    private readonly float _peakDecayDbPerFrame;


    // A frame 30 dB below the recent peak level is a release or a reverberation tail, not a sung note (Praat's
    // silence threshold is the same ratio to a file's peak). The peak is held and falls 10 dB per second, so a
    // soft phrase long after a loud one is still heard. Relative to the recording's own level, so quiet
    // recordings are treated exactly like loud ones.
    private const float GateDb = 30;
    private const float PeakDecayDbPerSecond = 10;

    /// <summary>Creates a tracker for audio at <paramref name="inputSampleRate"/> Hz (8–48 kHz).</summary>
    public PitchTracker(int inputSampleRate, PitchTrackerOptions? options = null)
    {
        if (inputSampleRate is < 8_000 or > 48_000)
            throw new ArgumentOutOfRangeException(nameof(inputSampleRate), inputSampleRate, "Input must be sampled at 8–48 kHz.");
        Options = options ?? new PitchTrackerOptions();
        Options.Validate();
        InputSampleRate = inputSampleRate;

        var rate = Options.AnalysisSampleRate;
        _hop = (int)Math.Round(Options.HopSeconds * rate);
        _hopSeconds = Options.HopSeconds;
        _analyzer = new YinAnalyzer(rate, _hop, Options.IntegrationWindowSamples / _hop, Options.MinFrequencyHz, Options.MaxFrequencyHz);
        _decoder = new PitchPathDecoder(Options.LookAheadFrames);
        _offset = Options.IntegrationWindowSamples / 2 + (int)Math.Round(rate / 200.0 / 2);

        if (inputSampleRate != rate)
        {
            _resampler = new StreamingResampler(inputSampleRate, rate);
            _resampled = new float[Math.Max(_resampler.MaxOutputFor(InputBlock), _resampler.FlushLength)];
        }
        else
        {
            _resampled = [];
        }
        _buffer = new float[_analyzer.FrameLength + 4096];
        _peakDecayDbPerFrame = (float)(PeakDecayDbPerSecond * Options.HopSeconds);
        Reset();
    }

    /// <summary>Sample rate of the input in Hz.</summary>
    public int InputSampleRate { get; }

    /// <summary>The settings in force.</summary>
    public PitchTrackerOptions Options { get; }

    /// <summary>
    /// Delay, in seconds, between a frame's stamp and the input sample whose arrival makes it final (the resampler's
    /// look-ahead included when the input is not at the analysis rate).
    /// </summary>
    public double LatencySeconds =>
        (_analyzer.FrameLength - _offset + Options.LookAheadFrames * _hop) / (double)Options.AnalysisSampleRate
        + (_resampler?.LookAheadSamples ?? 0) / (double)InputSampleRate;

    /// <summary>Feeds samples in [−1, 1] and appends every frame that became final to <paramref name="output"/>.</summary>
    /// <returns>How many frames were appended.</returns>
    public int Process(ReadOnlySpan<float> samples, List<PitchFrame> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var before = output.Count;
        while (!samples.IsEmpty)
        {
            var block = samples[..Math.Min(samples.Length, InputBlock)];
            if (_resampler is null)
            {
                Analyze(block, output);
            }
            else
            {
                var produced = _resampler.Process(block, _resampled);
                Analyze(_resampled.AsSpan(0, produced), output);
            }
            samples = samples[block.Length..];
        }
        return output.Count - before;
    }

    /// <summary>Feeds 16-bit PCM samples and appends every frame that became final to <paramref name="output"/>.</summary>
    /// <returns>How many frames were appended.</returns>
    public int Process(ReadOnlySpan<short> samples, List<PitchFrame> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var before = output.Count;
        while (!samples.IsEmpty)
        {
            var block = samples[..Math.Min(samples.Length, InputBlock)];
            var floats = _inputScratch.AsSpan(0, block.Length);
            for (var i = 0; i < block.Length; i++) floats[i] = block[i] * (1f / 32768f);
            Process(floats, output);
            samples = samples[block.Length..];
        }
        return output.Count - before;
    }

    /// <summary>
    /// Ends the stream: reads silence past its end and appends the remaining frames, so that the stream of
    /// N analysis samples yields ⌈N / hop⌉ frames in all. The tracker then starts a new stream.
    /// </summary>
    /// <returns>How many frames were appended.</returns>
    public int Flush(List<PitchFrame> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var before = output.Count;
        if (_resampler is not null)
        {
            var produced = _resampler.Flush(_resampled);
            Analyze(_resampled.AsSpan(0, produced), output);
        }

        var frames = (_analysisReceived + _hop - 1) / _hop;
        Span<float> silence = stackalloc float[256];
        silence.Clear();
        while (_nextFrame < frames)
        {
            var needed = WindowStart(_nextFrame) + _analyzer.FrameLength - (_bufferStart + _bufferCount);
            Append(silence[..(int)Math.Clamp(needed, 1, silence.Length)], output, limit: frames);
        }
        while (_decoder.Drain(out var index, out var decision))
            output.Add(ToFrame(index, decision));

        Reset();
        return output.Count - before;
    }

    /// <summary>Forgets all input, as if newly created.</summary>
    public void Reset()
    {
        _resampler?.Reset();
        _analyzer.Reset();
        _decoder.Reset();
        // The stream is preceded by silence, so frame 0 (stamped at the first sample) sees zeros before it.
        Array.Clear(_buffer);
        _bufferStart = -_offset;
        _bufferCount = _offset;
        _analysisReceived = 0;
        _nextFrame = 0;
        _peakLevelDb = -120;
    }

    private void Analyze(ReadOnlySpan<float> samples, List<PitchFrame> output)
    {
        _analysisReceived += samples.Length;
        Append(samples, output, limit: long.MaxValue);
    }

    private void Append(ReadOnlySpan<float> samples, List<PitchFrame> output, long limit)
    {
        while (!samples.IsEmpty)
        {
            if (_bufferCount == _buffer.Length) Compact();
            var take = Math.Min(samples.Length, _buffer.Length - _bufferCount);
            samples[..take].CopyTo(_buffer.AsSpan(_bufferCount));
            _bufferCount += take;
            samples = samples[take..];

            while (_nextFrame < limit && WindowStart(_nextFrame) + _analyzer.FrameLength <= _bufferStart + _bufferCount)
            {
                var start = (int)(WindowStart(_nextFrame) - _bufferStart);
                _analyzer.Analyze(_buffer.AsSpan(start, _analyzer.FrameLength), WindowStart(_nextFrame), ref _observation);
                _peakLevelDb = Math.Max(_observation.LevelDb, _peakLevelDb - _peakDecayDbPerFrame);
                if (_observation.LevelDb < _peakLevelDb - GateDb)
                {
                    _observation.Count = 0;
                    _observation.VoicedProbability = 0;
                }
                if (_decoder.Push(_observation, out var index, out var decision))
                    output.Add(ToFrame(index, decision));
                _nextFrame++;
            }
        }
    }

    private void Compact()
    {
        var keepFrom = (int)(WindowStart(_nextFrame) - _bufferStart);
        Array.Copy(_buffer, keepFrom, _buffer, 0, _bufferCount - keepFrom);
        _bufferCount -= keepFrom;
        _bufferStart += keepFrom;
    }

    private long WindowStart(long frame) => frame * _hop - _offset;

    private PitchFrame ToFrame(long index, PitchDecision decision) =>
        new(index * _hopSeconds, decision.FrequencyHz, decision.Periodicity, decision.LevelDb);
}
