using SingKing.Dsp.Pitch;

namespace SingKing.Dsp.Range;

/// <summary>
/// Finds the notes a singer holds steadily in a stream of pitch frames, and from them the singer's range.
/// Incremental and bounded in memory: fed frames in time order, from a live session or a file.
/// </summary>
/// <remarks>
/// <para>A stable note is a run of voiced frames, at least <see cref="RangeAnalyzerOptions.MinimumDurationSeconds"/>
/// (0.5 s) long, every frame within <see cref="RangeAnalyzerOptions.ToleranceCents"/> (±50 cents) of the run's own
/// median, whose root-mean-square change from frame to frame is at most
/// <see cref="RangeAnalyzerOptions.MaxJitterCents"/> (25 cents).</para>
/// <para>Runs are found greedily as frames arrive: a frame joins the run in progress if, with it, every frame of
/// the run is still within the tolerance of the run's median (recomputed over the whole run, exactly, from a
/// fixed-size histogram). A frame that does not fit, or an unvoiced frame, starts an excursion. An excursion of
/// at most <see cref="RangeAnalyzerOptions.MaxExcursionSeconds"/> (50 ms: a crack, a breath, a tracker glitch)
/// that ends with a frame fitting the run again is bridged: its frames count neither towards the duration nor
/// the median, and all bridged excursions together may make up at most
/// <see cref="RangeAnalyzerOptions.MaxExcursionShare"/> (20 %) of the hold. A longer excursion ends the run at
/// its last fitting frame, and the excursion's voiced frames are analysed afresh as the start of the next run.
/// So an octave slip ends a hold and each side is judged on its own length, a slide never stays within ±50 cents
/// long enough, and a short squeak is too short to count.</para>
/// <para>Memory does not grow with the length of a hold: a ten-minute drone is one note and an 8 KB histogram.
/// Only the frames of an excursion in progress are kept (<see cref="RetainedFrameCount"/>). The list of stable
/// notes grows by at most one entry per half second of singing.</para>
/// </remarks>
public sealed class RangeAnalyzer
{
    private const double TimeEpsilon = 1e-6;

    private readonly RangeAnalyzerOptions _options;
    private readonly HeldRun _run;
    private readonly int _minimumFrames;
    private readonly List<StableNote> _notes = [];

    // Voiced frames of the excursion in progress, kept in case the excursion turns out to be the next note.
    private readonly PitchFrame[] _excursion;
    private int _excursionCount;

    // Frames still to analyse, the next on top: an ended run hands its excursion back here to be analysed again.
    private readonly PitchFrame[] _pending;
    private int _pendingCount;

    private double _lastTimeSeconds = double.NegativeInfinity;
    private bool _completed;

    /// <summary>Creates an analyzer.</summary>
    public RangeAnalyzer(RangeAnalyzerOptions? options = null)
    {
        _options = options ?? new RangeAnalyzerOptions();
        _options.Validate();
        _run = new HeldRun(_options.ToleranceCents);
        _minimumFrames = (int)Math.Ceiling(_options.MinimumDurationSeconds / _options.FrameSeconds - 1e-9);
        int excursionFrames = (int)Math.Floor(_options.MaxExcursionSeconds / _options.FrameSeconds + 1e-9) + 1;
        _excursion = new PitchFrame[excursionFrames];
        // Every frame pushed back is one popped before, so the frames in flight never exceed one excursion and the frame that ended it.
        _pending = new PitchFrame[excursionFrames + 2];
    }

    /// <summary>The settings in use.</summary>
    public RangeAnalyzerOptions Options => _options;

    /// <summary>
    /// Frames held in memory awaiting a decision: at most those of one bridgeable excursion, whatever the length
    /// of the take. Holds themselves are summarised, not stored.
    /// </summary>
    public int RetainedFrameCount => _excursionCount + _pendingCount;

    /// <summary>Adds the next frame (frames must come in time order).</summary>
    /// <exception cref="ArgumentException">The frame is not later than the previous one.</exception>
    /// <exception cref="InvalidOperationException">The analyzer has been completed.</exception>
    public void Add(in PitchFrame frame)
    {
        if (_completed)
            throw new InvalidOperationException("The analyzer has been completed; start a new one for a new take.");
        if (!(frame.TimeSeconds > _lastTimeSeconds))
            throw new ArgumentException($"Frames must come in time order: {frame.TimeSeconds} s follows {_lastTimeSeconds} s.", nameof(frame));
        _lastTimeSeconds = frame.TimeSeconds;

        _pending[_pendingCount++] = frame;
        while (_pendingCount > 0)
            Analyse(_pending[--_pendingCount]);
    }

    /// <summary>Adds frames in time order.</summary>
    public void Add(IEnumerable<PitchFrame> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        foreach (var frame in frames)
            Add(frame);
    }

    /// <summary>Ends the stream: a note still being held counts if it is already stable.</summary>
    public void Complete()
    {
        if (_completed)
            return;
        EndRun();
        _excursionCount = 0;
        _completed = true;
    }

    /// <summary>
    /// Every stable note found so far, in time order. Before <see cref="Complete"/>, a note still being held is
    /// listed last once it qualifies, with its duration so far.
    /// </summary>
    public IReadOnlyList<StableNote> StableNotes
    {
        get
        {
            var current = CurrentNote();
            return current is null ? _notes.AsReadOnly() : [.. _notes, current];
        }
    }

    /// <summary>The range so far, or null while no note has been held stably.</summary>
    public VocalRange? Range => VocalRange.Of(StableNotes);

    private void Analyse(in PitchFrame frame)
    {
        double time = frame.TimeSeconds;
        if (!frame.IsVoiced || !float.IsFinite(frame.FrequencyHz))
        {
            if (!_run.IsEmpty && !CanBridge(time - _run.LastSeconds))
                EndRunAndReanalyse(null);
            return;
        }

        double cents = 100 * NoteNames.MidiPitch(frame.FrequencyHz);
        if (_run.IsEmpty)
        {
            _run.Start(cents, time);
            return;
        }

        // Frames missing from the stream (a dropped chunk) are an excursion like unvoiced ones.
        double gap = time - _run.LastSeconds - _options.FrameSeconds;
        bool gapBridgeable = gap <= TimeEpsilon || CanBridge(gap);
        if (gapBridgeable && _run.TryAdd(cents, time))
        {
            if (gap > TimeEpsilon)
                _run.BridgedSeconds += gap;
            _excursionCount = 0;
            return;
        }

        if (gapBridgeable && _excursionCount < _excursion.Length && CanBridge(time - _run.LastSeconds))
            _excursion[_excursionCount++] = frame;
        else
            EndRunAndReanalyse(frame);
    }

    private bool CanBridge(double excursionSeconds) =>
        excursionSeconds <= _options.MaxExcursionSeconds + TimeEpsilon
        && _run.BridgedSeconds + excursionSeconds <= _options.MaxExcursionShare * _run.Count * _options.FrameSeconds + TimeEpsilon;

    private void EndRunAndReanalyse(PitchFrame? last)
    {
        EndRun();
        if (last is { } frame)
            _pending[_pendingCount++] = frame;
        for (int i = _excursionCount - 1; i >= 0; i--)
            _pending[_pendingCount++] = _excursion[i];
        _excursionCount = 0;
    }

    private void EndRun()
    {
        if (CurrentNote() is { } note)
            _notes.Add(note);
        _run.Reset();
    }

    private StableNote? CurrentNote() =>
        _run.Count >= _minimumFrames && _run.JitterCents <= _options.MaxJitterCents
            ? new StableNote(NoteNames.Hz(_run.MedianCents / 100), _run.StartSeconds, _run.Count * _options.FrameSeconds, _run.JitterCents)
            : null;
}
