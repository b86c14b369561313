using SingKing.Dsp.Pitch;

namespace SingKing.Dsp.Range;

/// <summary>
/// Finds the notes a singer holds steadily in a stream of pitch frames, and from them the singer's range.
/// Incremental and bounded in memory: fed frames in time order, from a live session or a file.
/// </summary>
/// <remarks>
/// <para>A stable note is a run of voiced frames, at least <see cref="RangeAnalyzerOptions.MinimumDurationSeconds"/>
/// (0.5 s) long, every counted frame within <see cref="RangeAnalyzerOptions.ToleranceCents"/> (±50 cents) of the run's own
/// median, whose root-mean-square change from frame to frame is at most
/// <see cref="RangeAnalyzerOptions.MaxJitterCents"/> (25 cents).</para>
/// <para>Runs are found greedily as frames arrive. A voiced frame joins the run in progress if the run, with it,
/// still spans at most twice the tolerance (100 cents), so that one pitch lies within ±50 cents of all of it; the
/// span decides rather than the running median because the median of a vibrato's first half-cycle sits far
/// from its centre. When the run ends, its median is taken over all its frames (exactly, from a fixed-size
/// histogram) and only the frames within the tolerance of that median count towards its duration; the others
/// are excluded like an excursion. Until a run is half a second long its frames are kept: if a frame does not
/// fit, the run gives up its oldest frames rather than all of them, and when it reaches half a second, frames
/// at its start more than the tolerance from its median (the end of a glide into the note) are dropped, so
/// that they do not widen its span for good.</para>
/// <para>An unvoiced frame, or one that would stretch the run beyond its span, starts an excursion. An excursion
/// of at most <see cref="RangeAnalyzerOptions.MaxExcursionSeconds"/> (50 ms: a crack, a breath, a tracker glitch)
/// that ends with a frame fitting the run again is bridged: its frames count neither towards the duration nor the
/// median. Bridged excursions and excluded frames together may make up at most
/// <see cref="RangeAnalyzerOptions.MaxExcursionShare"/> (20 %) of the counted duration. A longer excursion ends
/// the run at its last fitting frame, and the excursion's voiced frames are analysed afresh as the start of the
/// next run. So an octave slip ends a hold and each side is judged on its own length, a short squeak is too short
/// to count, and a slide leaves the band: at 300 cents per second it crosses 100 cents in a third of a second.
/// A slide slower than 200 cents per second does stay within ±50 cents of its median for half a second, and
/// counts as held, as the definition says.</para>
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

    // The voiced frames of a run younger than the shortest hold (bridged excursions included, so that analysing
    // them again sees the same stream), kept so that a run which never became a note can give up its oldest
    // frames instead of all of them: a run that starts in the glide into a note would otherwise end at the
    // note's first vibrato swing and cost the note its first few hundred milliseconds.
    private readonly PitchFrame[] _young;
    private int _youngCount;
    private bool _youngOverflow;

    // Frames still to analyse, the next on top: an ended run hands frames back here to be analysed again.
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
        // A young run's frames plus the excursions it bridged (at most a fifth of them, with the default share).
        _young = new PitchFrame[2 * _minimumFrames + excursionFrames];
        // Every frame pushed back is one popped before, so the frames in flight never exceed a young run, one
        // excursion and the frame that ended it.
        _pending = new PitchFrame[_young.Length + excursionFrames + 2];
    }

    /// <summary>The settings in use.</summary>
    public RangeAnalyzerOptions Options => _options;

    /// <summary>
    /// Frames held in memory awaiting a decision: those of a run not yet as long as the shortest hold (with the
    /// excursions it bridged) and of one excursion in progress, never more than 112 with the defaults, whatever the
    /// length of the take. Longer holds are summarised, not stored.
    /// </summary>
    public int RetainedFrameCount => _youngCount + _excursionCount + _pendingCount;

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
            _young[0] = frame;
            _youngCount = 1;
            _youngOverflow = false;
            return;
        }

        // Frames missing from the stream (a dropped chunk) are an excursion like unvoiced ones.
        double gap = time - _run.LastSeconds - _options.FrameSeconds;
        bool gapBridgeable = gap <= TimeEpsilon || CanBridge(gap);
        if (gapBridgeable && _run.TryAdd(cents, time))
        {
            if (gap > TimeEpsilon)
                _run.BridgedSeconds += gap;
            KeepYoung(frame);
            _excursionCount = 0;
            if (!_youngOverflow && _run.Count == _minimumFrames)
                TrimLeadIn();
            return;
        }

        if (!gapBridgeable)
            EndRunAndReanalyse(frame);
        else if (_excursionCount < _excursion.Length && CanBridge(time - _run.LastSeconds))
            _excursion[_excursionCount++] = frame;
        else if (!_youngOverflow && !Qualifies(out _))
            SlideYoungRun(frame, cents);
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

    // A run that has not become a note drops its oldest frames until the frame that does not fit would fit,
    // and what is left is analysed again together with the excursion and that frame.
    private void SlideYoungRun(in PitchFrame misfit, double misfitCents)
    {
        double span = 2 * _options.ToleranceCents + 1e-6;
        double min = misfitCents, max = misfitCents;
        int keepFrom = _youngCount;
        while (keepFrom > 1)
        {
            double cents = 100 * NoteNames.MidiPitch(_young[keepFrom - 1].FrequencyHz);
            min = Math.Min(min, cents);
            max = Math.Max(max, cents);
            if (max - min > span)
                break;
            keepFrom--;
        }

        _run.Reset();
        _pending[_pendingCount++] = misfit;
        for (int i = _excursionCount - 1; i >= 0; i--)
            _pending[_pendingCount++] = _excursion[i];
        for (int i = _youngCount - 1; i >= keepFrom; i--)
            _pending[_pendingCount++] = _young[i];
        _excursionCount = 0;
        _youngCount = 0;
    }

    private void KeepYoung(in PitchFrame accepted)
    {
        if (_youngOverflow)
            return;
        if (_run.Count > _minimumFrames || _youngCount + _excursionCount + 1 > _young.Length)
        {
            // Grown up (or, with unusual options, out of room): from here on the run can only end, not slide.
            _youngOverflow = true;
            _youngCount = 0;
            return;
        }
        Array.Copy(_excursion, 0, _young, _youngCount, _excursionCount);
        _youngCount += _excursionCount;
        _young[_youngCount++] = accepted;
    }

    // When a run reaches the shortest hold's length, frames at its start that lie outside the tolerance of its
    // median (the end of a glide or scoop into the note) are dropped and the rest analysed again. Kept, they
    // would widen the run's span for good and cut the note off at its first deep vibrato swing.
    private void TrimLeadIn()
    {
        double median = _run.MedianCents;
        int keepFrom = 0;
        while (keepFrom < _youngCount
               && Math.Abs(100 * NoteNames.MidiPitch(_young[keepFrom].FrequencyHz) - median) > _options.ToleranceCents)
            keepFrom++;
        if (keepFrom == 0)
            return;

        _run.Reset();
        for (int i = _youngCount - 1; i >= keepFrom; i--)
            _pending[_pendingCount++] = _young[i];
        _youngCount = 0;
    }

    private void EndRun()
    {
        if (CurrentNote() is { } note)
            _notes.Add(note);
        _run.Reset();
        _youngCount = 0;
    }

    private StableNote? CurrentNote() =>
        Qualifies(out double countedSeconds)
            ? new StableNote(NoteNames.Hz(_run.MedianCents / 100), _run.StartSeconds, countedSeconds, _run.JitterCents)
            : null;

    private bool Qualifies(out double countedSeconds)
    {
        countedSeconds = 0;
        if (_run.Count < _minimumFrames || _run.JitterCents > _options.MaxJitterCents)
            return false;
        int counted = _run.CountWithinTolerance();
        countedSeconds = counted * _options.FrameSeconds;
        double excludedSeconds = _run.BridgedSeconds + (_run.Count - counted) * _options.FrameSeconds;
        return counted >= _minimumFrames && excludedSeconds <= _options.MaxExcursionShare * countedSeconds + TimeEpsilon;
    }
}
