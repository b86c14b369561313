namespace SingKing.Dsp.Pitch;

/// <summary>
/// Chooses one candidate (or "unvoiced") per frame with a fixed-lag Viterbi search over a small hidden
/// Markov model, as pYIN does over its whole file: a frame is decided once <c>lookAhead</c> later frames
/// have been seen, so a one-off octave error in YIN's candidate ranking is outvoted by its neighbours.
/// </summary>
/// <remarks>
/// States per frame: 0 = unvoiced, 1…n = the frame's candidates. Log-scores:
/// emission of candidate i = log P(voiced) + log(pᵢ / p_best) (the best candidate carries the frame's full
/// voicing probability, so ambiguity between candidates does not count as evidence of silence);
/// emission of unvoiced = log(1 − P(voiced)); a voicing change costs log(0.001) (so a gap of a few frames
/// at a note change stays voiced); a pitch move costs
/// 0.35 nats per semitone (an octave jump 4.2 nats, so jumping out and back costs more than a few frames
/// of evidence, while a sung leap with no candidate left at the old pitch is followed at once).
/// </remarks>
internal sealed class PitchPathDecoder
{
    private const int States = YinObservation.MaxCandidates + 1;
    private const double SwitchProbability = 0.001;
    private const double NatsPerSemitone = 0.35;
    private const double Floor = 1e-6;

    private static readonly double LogSwitch = Math.Log(SwitchProbability);
    private static readonly double LogStay = Math.Log(1 - SwitchProbability);

    private readonly int _lookAhead;
    private readonly int _slots;
    private readonly YinObservation[] _observations;
    private readonly double[] _scores;   // _slots × States
    private readonly byte[] _back;       // _slots × States: best previous state
    private readonly int[] _stateCount;  // per slot
    private readonly double[] _octaves;  // _slots × States: log2 of each candidate's frequency
    private readonly double[] _emission = new double[States];
    private long _pushed;                // frames pushed
    private long _decided;               // frames decided

    public PitchPathDecoder(int lookAhead)
    {
        _lookAhead = lookAhead;
        _slots = lookAhead + 1;
        _observations = new YinObservation[_slots];
        _scores = new double[_slots * States];
        _back = new byte[_slots * States];
        _stateCount = new int[_slots];
        _octaves = new double[_slots * States];
    }

    /// <summary>Adds the next frame. Returns true when the frame <paramref name="decidedIndex"/> was decided.</summary>
    public bool Push(in YinObservation observation, out long decidedIndex, out PitchDecision decision)
    {
        var slot = (int)(_pushed % _slots);
        _observations[slot] = observation;
        var count = observation.Count + 1;
        _stateCount[slot] = count;

        var scores = _scores.AsSpan(slot * States, States);
        var back = _back.AsSpan(slot * States, States);
        var octaves = _octaves.AsSpan(slot * States, States);
        for (var s = 0; s < count; s++)
        {
            _emission[s] = Emission(observation, s);
            octaves[s] = s == 0 ? 0 : Math.Log2(observation[s - 1].FrequencyHz);
        }
        if (_pushed == 0)
        {
            for (var s = 0; s < count; s++)
            {
                scores[s] = _emission[s];
                back[s] = 0;
            }
        }
        else
        {
            var previousSlot = (int)((_pushed - 1) % _slots);
            var previous = _scores.AsSpan(previousSlot * States, States);
            var previousCount = _stateCount[previousSlot];
            var previousOctaves = _octaves.AsSpan(previousSlot * States, States);
            var best = double.NegativeInfinity;
            for (var s = 0; s < count; s++)
            {
                var bestScore = double.NegativeInfinity;
                byte bestFrom = 0;
                for (var p = 0; p < previousCount; p++)
                {
                    var score = previous[p] + Transition(p, previousOctaves[p], s, octaves[s]);
                    if (score > bestScore)
                    {
                        bestScore = score;
                        bestFrom = (byte)p;
                    }
                }
                scores[s] = bestScore + _emission[s];
                back[s] = bestFrom;
                best = Math.Max(best, scores[s]);
            }
            // Keep the numbers small: only differences between states matter.
            for (var s = 0; s < count; s++) scores[s] -= best;
        }
        _pushed++;

        if (_pushed - _decided > _lookAhead)
        {
            decidedIndex = _decided;
            decision = Trace(_decided);
            _decided++;
            return true;
        }
        decidedIndex = -1;
        decision = default;
        return false;
    }

    /// <summary>Decides the next undecided frame once no more frames will come. False when all are decided.</summary>
    public bool Drain(out long decidedIndex, out PitchDecision decision)
    {
        if (_decided >= _pushed)
        {
            decidedIndex = -1;
            decision = default;
            return false;
        }
        decidedIndex = _decided;
        decision = Trace(_decided);
        _decided++;
        return true;
    }

    public void Reset()
    {
        _pushed = 0;
        _decided = 0;
    }

    /// <summary>Follows the best path back from the newest frame to <paramref name="frame"/>.</summary>
    private PitchDecision Trace(long frame)
    {
        var newest = _pushed - 1;
        var slot = (int)(newest % _slots);
        var scores = _scores.AsSpan(slot * States, _stateCount[slot]);
        var state = 0;
        for (var s = 1; s < scores.Length; s++)
            if (scores[s] > scores[state]) state = s;
        for (var f = newest; f > frame; f--)
        {
            slot = (int)(f % _slots);
            state = _back[slot * States + state];
        }
        slot = (int)(frame % _slots);
        ref readonly var observation = ref _observations[slot];
        var frequency = state == 0 ? 0f : observation[state - 1].FrequencyHz;
        return new PitchDecision(frequency, observation.Periodicity, observation.LevelDb);
    }

    private static double Emission(in YinObservation observation, int state)
    {
        var voiced = observation.VoicedProbability;
        if (state == 0) return Math.Log(Math.Max(1 - voiced, Floor));
        var relative = observation[state - 1].Probability / Math.Max(observation.C0.Probability, (float)Floor);
        return Math.Log(Math.Max(voiced, Floor)) + Math.Log(Math.Max(relative, Floor));
    }

    private static double Transition(int fromState, double fromOctave, int toState, double toOctave)
    {
        if (fromState == 0 || toState == 0)
            return fromState == toState ? LogStay : LogSwitch;
        return LogStay - NatsPerSemitone * 12 * Math.Abs(toOctave - fromOctave);
    }
}
