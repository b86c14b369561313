namespace SingKing.Dsp.Alignment;

/// <summary>
/// Maps take time (the position in the audio received) to song time (the position in the backing track when
/// that audio was captured), from marks the client sends with its chunks.
/// </summary>
/// <remarks>
/// <para>
/// The browser plays the backing track and captures the microphone on one audio clock, and stamps each chunk with
/// the song time of its first sample. Between marks, take time and song time advance together; a mark that
/// disagrees with that by more than <see cref="CorrectionToleranceSeconds"/> starts a new piece of the mapping.
/// Corrections come from audio the server never received (a dropped chunk, a capture glitch) or from a capture
/// clock running at a slightly different rate than playback; without them every note after the first dropout would
/// be judged late or early by the lost time, and a 0.1 % rate difference adds up to 0.3 s over a five-minute song.
/// </para>
/// <para>
/// Only the corrections are kept (<see cref="Corrections"/>), so memory grows with the number of disagreements,
/// not with the number of chunks, and the take's record can keep them to replay the mapping when the take is
/// scored again. Song time never runs backwards: the aligner needs frames in order, so a mark slightly behind the
/// song time already reached holds the clock still until the song catches up.
/// </para>
/// </remarks>
public sealed class SongClock
{
    /// <summary>A mark within this many seconds of where the clock already puts it changes nothing (1 ms).</summary>
    public const double CorrectionToleranceSeconds = 0.001;

    /// <summary>Farthest a mark may put song time behind where the clock puts it, in seconds; further back is a client error.</summary>
    public const double MaxBackwardSeconds = 0.5;

    private readonly int _sampleRate;
    private readonly List<SongClockMark> _corrections = [];
    private int _cursor;
    private long _lastMarkSample = -1;
    private double _lastSongSeconds = double.NegativeInfinity;

    /// <summary>A clock for a take recorded at <paramref name="sampleRate"/> Hz; without marks, song time is take time.</summary>
    public SongClock(int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        _sampleRate = sampleRate;
    }

    /// <summary>The marks that changed the mapping, in take order.</summary>
    public IReadOnlyList<SongClockMark> Corrections => _corrections;

    /// <summary>
    /// Checks a mark without taking it: null when <see cref="Mark"/> would accept it, else why not, in a sentence that
    /// says what to do. Lets a caller refuse a chunk before changing anything.
    /// </summary>
    public string? Check(long takeSample, double songSeconds)
    {
        if (!double.IsFinite(songSeconds))
            return $"songSeconds must be a finite number of seconds (got {songSeconds}). Send the song time of the chunk's first sample, or leave it out.";
        if (takeSample < _lastMarkSample)
            return $"A mark at sample {takeSample} comes before the last one at sample {_lastMarkSample}. Send chunks in order.";
        // The first mark may put the take anywhere on the song (a count-in starts before song time 0).
        var behind = _lastMarkSample < 0 ? 0 : SongSecondsAt(takeSample) - songSeconds;
        if (behind > MaxBackwardSeconds)
        {
            return $"songSeconds went back {behind:0.000} s against the chunks before it; the song clock only moves forward. " +
                "After seeking or restarting the song, start a new take.";
        }

        return null;
    }

    /// <summary>Records that the take's sample <paramref name="takeSample"/> was captured at song time <paramref name="songSeconds"/>.</summary>
    /// <returns>True when the mark corrected the mapping, false when it agreed with it.</returns>
    /// <exception cref="ArgumentException">The mark is refused (see <see cref="Check"/>).</exception>
    public bool Mark(long takeSample, double songSeconds)
    {
        if (Check(takeSample, songSeconds) is { } problem)
            throw new ArgumentException(problem, nameof(songSeconds));
        _lastMarkSample = takeSample;
        if (Math.Abs(SongSecondsAt(takeSample) - songSeconds) <= CorrectionToleranceSeconds)
            return false;
        _corrections.Add(new SongClockMark(takeSample, songSeconds));
        return true;
    }

    /// <summary>
    /// Song time, in seconds, of take time <paramref name="takeSeconds"/>. Calls must come in take order (as the
    /// tracker's frames do); the result never decreases from one call to the next.
    /// </summary>
    public double ToSongSeconds(double takeSeconds)
    {
        // Frames trail the marks (the tracker looks ahead), so the piece for a frame is found by a cursor that only
        // moves forward.
        while (_cursor < _corrections.Count && _corrections[_cursor].TakeSample <= takeSeconds * _sampleRate)
            _cursor++;
        var mapped = _cursor == 0
            ? takeSeconds
            : _corrections[_cursor - 1].SongSeconds + (takeSeconds - (double)_corrections[_cursor - 1].TakeSample / _sampleRate);
        _lastSongSeconds = Math.Max(_lastSongSeconds, mapped);
        return _lastSongSeconds;
    }

    // Where the current mapping puts a sample: after the last correction, take and song time run together.
    private double SongSecondsAt(long takeSample)
    {
        if (_corrections.Count == 0)
            return (double)takeSample / _sampleRate;
        var last = _corrections[^1];
        return last.SongSeconds + (double)(takeSample - last.TakeSample) / _sampleRate;
    }
}
