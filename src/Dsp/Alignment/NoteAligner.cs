using SingKing.Dsp.Charts;
using SingKing.Dsp.Pitch;

namespace SingKing.Dsp.Alignment;

/// <summary>
/// Follows one singer through a chart: each pitch frame is placed on the song's timeline and credited to the
/// note sounding then, building up every note's progress, every line's rating and a running score: the live
/// session's judge. The final scoring (<see cref="Scoring.TakeScorer"/>) shares its rules. See docs/alignment.md.
/// </summary>
/// <remarks>
/// <para>Frames come in song-time order, each stamped with the song time at which it was sung as heard by the
/// device: the caller maps take time to song time (<c>takeStartSongSeconds</c>), and
/// <see cref="NoteAlignerOptions.LatencySeconds"/> removes the device's delay.</para>
/// <para>A frame within a normal or golden note earns the <see cref="PitchTolerance"/> credit of its
/// octave-folded distance to the note; within a rap or golden rap note, credit 1 when voiced; within a
/// freestyle note, nothing. A note's <see cref="NoteProgress.Hit"/> is its credit over the frames its duration
/// holds. A note is final once song time reaches its end, and a line ends when its last note is final.</para>
/// <para>Per frame the work is constant and nothing is allocated: notes are found by a cursor that only moves
/// forward, and the lists of <see cref="AlignmentUpdate"/> are reused between calls. The result does not depend
/// on how the frames were batched.</para>
/// </remarks>
public sealed class NoteAligner
{
    private readonly ChartNote[] _notes;
    private readonly NoteState[] _states;
    private readonly int[] _byStart;        // note ids by start time
    private readonly int[] _byEnd;          // note ids by end time: the order in which they become final
    private readonly PhraseState[] _phrases;
    private readonly double _totalWeight;
    private readonly int _scoredPhraseCount;
    private readonly PitchTolerance _tolerance;
    private readonly double _latency;
    private readonly AlignmentUpdate _update;
    private readonly List<PhraseResult> _phraseResults;
    private readonly List<int> _changedIds;         // notes touched during the current call, in order

    private int _lookupCursor;              // _byStart position before which every note has ended
    private int _finalCursor;               // _byEnd position: notes before it are final
    private double _songTime = double.NegativeInfinity;
    private double _finalEarned;            // Σ weight × hit of the final notes
    private double _perfectionSum;          // Σ perfection of the rated lines

    /// <summary>Creates an aligner for one voice of a chart.</summary>
    /// <param name="chart">The chart, which gives the timing of its beats.</param>
    /// <param name="voice">The part this singer sings: one of <paramref name="chart"/>'s voices.</param>
    /// <param name="difficulty">How much pitch error earns credit.</param>
    /// <param name="options">Latency and hop, or null for none and 10 ms.</param>
    public NoteAligner(Chart chart, ChartVoice voice, Difficulty difficulty, NoteAlignerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(voice);
        Options = options ?? new NoteAlignerOptions();
        Options.Validate();
        Difficulty = difficulty;
        _tolerance = PitchTolerance.For(difficulty);
        _latency = Options.LatencySeconds;

        var notes = new List<ChartNote>();
        var phraseOf = new List<int>();
        _phrases = new PhraseState[voice.Phrases.Count];
        for (var p = 0; p < voice.Phrases.Count; p++)
        {
            var phrase = voice.Phrases[p];
            double weight = 0, end = double.NegativeInfinity;
            foreach (var note in phrase.Notes)
            {
                notes.Add(note);
                phraseOf.Add(p);
                weight += Weight(chart, note);
                end = Math.Max(end, chart.NoteEndSeconds(note));
            }
            _phrases[p] = new PhraseState
            {
                FirstNote = notes.Count - phrase.Notes.Count,
                Remaining = phrase.Notes.Count,
                Weight = weight,
                EndSeconds = end,
            };
            if (weight > 0)
                _scoredPhraseCount++;
        }

        _notes = notes.ToArray();
        _states = new NoteState[_notes.Length];
        for (var id = 0; id < _notes.Length; id++)
        {
            var note = _notes[id];
            var start = chart.NoteStartSeconds(note);
            var end = chart.NoteEndSeconds(note);
            _states[id] = new NoteState
            {
                Start = start,
                End = end,
                Phrase = phraseOf[id],
                Expected = Math.Max(0, end - start) / Options.HopSeconds,
                Weight = Weight(chart, note),
            };
            _totalWeight += _states[id].Weight;
        }

        var changedCapacity = Math.Min(_notes.Length, 64);
        _changedIds = new List<int>(changedCapacity);
        _update = new AlignmentUpdate(changedCapacity, _phrases.Length);
        _phraseResults = new List<PhraseResult>(_phrases.Length);
        _byStart = Enumerable.Range(0, _notes.Length).OrderBy(id => _states[id].Start).ThenBy(id => id).ToArray();
        _byEnd = Enumerable.Range(0, _notes.Length).OrderBy(id => _states[id].End).ThenBy(id => id).ToArray();
    }

    /// <summary>The settings in force.</summary>
    public NoteAlignerOptions Options { get; }

    /// <summary>The difficulty in force.</summary>
    public Difficulty Difficulty { get; }

    /// <summary>The voice's notes in file order; a note's index here is its id.</summary>
    public IReadOnlyList<ChartNote> Notes => _notes;

    /// <summary>Lines that have ended so far, in the order they ended (lines without scored notes are not rated).</summary>
    public IReadOnlyList<PhraseResult> PhraseResults => _phraseResults;

    /// <summary>The running total in UltraStar's convention.</summary>
    public UltraStarScore Score
    {
        get
        {
            if (_totalWeight <= 0)
                return default;
            // Final notes are summed once, in the order they became final, so the total does not depend on how
            // frames were batched; only the few notes sounding now are added afresh.
            var earned = _finalEarned;
            for (var i = _lookupCursor; i < _byStart.Length && _states[_byStart[i]].Start <= _songTime; i++)
            {
                var id = _byStart[i];
                if (!_states[id].IsFinal)
                    earned += _states[id].Weight * HitOf(id);
            }
            return new UltraStarScore(UltraStarScore.MaxNotePoints * earned / _totalWeight,
                UltraStarScore.MaxLineBonus * _perfectionSum / _scoredPhraseCount);
        }
    }

    /// <summary>Song time in seconds up to which frames have been aligned (negative infinity before any).</summary>
    public double SongTimeSeconds => _songTime;

    /// <summary>The progress of the note with id <paramref name="noteId"/>.</summary>
    public NoteProgress Progress(int noteId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(noteId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(noteId, _notes.Length);
        return ProgressOf(noteId);
    }

    /// <summary>
    /// Aligns frames sung during a take that started at song time <paramref name="takeStartSongSeconds"/>:
    /// frame k belongs to song time <c>TimeSeconds + takeStartSongSeconds − LatencySeconds</c>.
    /// </summary>
    /// <param name="frames">The tracker's frames, in time order.</param>
    /// <param name="takeStartSongSeconds">Song time, in seconds, of take time 0.</param>
    /// <returns>What changed; reused by the next call.</returns>
    /// <exception cref="ArgumentException">A frame is earlier than one already aligned, or a time is not finite.</exception>
    public AlignmentUpdate Add(ReadOnlySpan<PitchFrame> frames, double takeStartSongSeconds = 0)
    {
        if (!double.IsFinite(takeStartSongSeconds))
            throw new ArgumentException($"The take's start must be a finite song time, not {takeStartSongSeconds}.", nameof(takeStartSongSeconds));
        _update.Clear();
        var shift = takeStartSongSeconds - _latency;
        foreach (ref readonly var frame in frames)
        {
            var t = frame.TimeSeconds + shift;
            if (!double.IsFinite(t))
                throw new ArgumentException($"A frame is stamped {frame.TimeSeconds} s; frames need finite times.", nameof(frames));
            if (t < _songTime)
                throw new ArgumentException($"Frames must come in time order: song time {t:F3} s follows {_songTime:F3} s.", nameof(frames));
            _songTime = t;
            FinalizeUpTo(t);
            Credit(frame, t);
        }

        return Publish();
    }

    /// <summary>
    /// Moves song time to <paramref name="songTimeSeconds"/> without frames (a pause in the stream, the song's
    /// end), making final the notes that ended by then.
    /// </summary>
    public AlignmentUpdate AdvanceTo(double songTimeSeconds)
    {
        _update.Clear();
        if (songTimeSeconds > _songTime)
        {
            _songTime = songTimeSeconds;
            FinalizeUpTo(songTimeSeconds);
        }

        return Publish();
    }

    /// <summary>Ends the take: every note becomes final and every line is rated.</summary>
    public AlignmentUpdate Complete()
    {
        _update.Clear();
        FinalizeUpTo(double.PositiveInfinity);
        return Publish();
    }

    private void Credit(in PitchFrame frame, double t)
    {
        var id = NoteAt(t);
        var sung = frame.IsVoiced && float.IsFinite(frame.FrequencyHz) ? NoteNames.MidiPitch(frame.FrequencyHz) : 0.0;
        if (id < 0)
        {
            _update.AlignedFrames.Add(new AlignedFrame(t, -1, sung, sung, 0));
            return;
        }

        var note = _notes[id];
        var drawn = sung > 0 ? OctaveFolding.Fold(sung, note.MidiNote) : 0.0;
        var credit = 0.0;
        ref var state = ref _states[id];
        if (note.IsScored)
        {
            state.FramesSeen++;
            if (sung > 0)
            {
                state.Voiced++;
                if (note.HasPitch)
                {
                    var distance = drawn - note.MidiNote;
                    credit = _tolerance.Credit(distance);
                    state.CentsSum += 100 * distance;
                }
                else
                {
                    credit = 1;
                }
            }
            state.CreditSum += credit;
            MarkChanged(id);
        }

        _update.AlignedFrames.Add(new AlignedFrame(t, id, sung, drawn, credit));
    }

    // The first note by start time that sounds at t. Frames come in time order, so notes already over are
    // skipped for good.
    private int NoteAt(double t)
    {
        while (_lookupCursor < _byStart.Length && _states[_byStart[_lookupCursor]].End <= t)
            _lookupCursor++;
        for (var i = _lookupCursor; i < _byStart.Length; i++)
        {
            ref readonly var state = ref _states[_byStart[i]];
            if (state.Start > t)
                break;
            if (t < state.End)
                return _byStart[i];
        }

        return -1;
    }

    private void FinalizeUpTo(double t)
    {
        while (_finalCursor < _byEnd.Length && _states[_byEnd[_finalCursor]].End <= t)
        {
            var id = _byEnd[_finalCursor++];
            ref var state = ref _states[id];
            state.IsFinal = true;
            _finalEarned += state.Weight * HitOf(id);
            if (_notes[id].IsScored)
                MarkChanged(id);
            ref var phrase = ref _phrases[state.Phrase];
            if (--phrase.Remaining == 0 && phrase.Weight > 0)
                EndPhrase(state.Phrase);
        }
    }

    private void EndPhrase(int index)
    {
        ref readonly var phrase = ref _phrases[index];
        double earned = 0;
        for (var id = phrase.FirstNote; id < _states.Length && _states[id].Phrase == index; id++)
            earned += _states[id].Weight * HitOf(id);

        var perfection = Math.Clamp(earned / phrase.Weight, 0, 1);
        var result = new PhraseResult(index, phrase.EndSeconds, perfection, PhraseResult.Rate(perfection));
        _phraseResults.Add(result);
        _perfectionSum += perfection;
        _update.EndedPhrases.Add(result);
    }

    private void MarkChanged(int id)
    {
        ref var state = ref _states[id];
        if (state.Changed)
            return;
        state.Changed = true;
        _changedIds.Add(id);
    }

    private AlignmentUpdate Publish()
    {
        // Progress is read once the call's frames are all counted, so each note appears once with its latest state.
        foreach (var id in _changedIds)
        {
            _states[id].Changed = false;
            _update.ChangedNotes.Add(ProgressOf(id));
        }
        _changedIds.Clear();
        _update.Score = Score;
        _update.SongTimeSeconds = _songTime;
        return _update;
    }

    private NoteProgress ProgressOf(int id)
    {
        ref readonly var state = ref _states[id];
        double? cents = _notes[id].HasPitch && state.Voiced > 0 ? state.CentsSum / state.Voiced : null;
        return new NoteProgress(id, state.Phrase, state.Expected, state.FramesSeen, state.Voiced, state.CreditSum,
            cents, HitOf(id), state.IsFinal);
    }

    private double HitOf(int id)
    {
        ref readonly var state = ref _states[id];
        return state.Expected > 0 && _notes[id].IsScored ? Math.Min(1.0, state.CreditSum / state.Expected) : 0.0;
    }

    // Length × factor as in UltraStar Deluxe, shared with the final scoring.
    private static double Weight(Chart chart, ChartNote note) => UltraStarScore.NoteWeight(chart, note);

    private struct NoteState
    {
        public double Start;
        public double End;
        public int Phrase;
        public double Expected;
        public double Weight;
        public int FramesSeen;
        public int Voiced;
        public double CreditSum;
        public double CentsSum;
        public bool IsFinal;
        public bool Changed;
    }

    private struct PhraseState
    {
        public int FirstNote;     // a phrase's notes have consecutive ids
        public int Remaining;
        public double Weight;
        public double EndSeconds;
    }
}
