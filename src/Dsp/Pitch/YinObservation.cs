namespace SingKing.Dsp.Pitch;

/// <summary>What the YIN analysis of one frame found: its candidates and level.</summary>
internal struct YinObservation
{
    public const int MaxCandidates = 4;

    /// <summary>Candidates ordered by descending probability; only the first <see cref="Count"/> are valid.</summary>
    public PitchCandidate C0, C1, C2, C3;

    public int Count;

    /// <summary>Probability that the frame is voiced: the summed probability of its candidates, in [0, 1].</summary>
    public float VoicedProbability;

    /// <summary>1 − the lowest d′ in the search range, in [0, 1].</summary>
    public float Periodicity;

    /// <summary>RMS level of the integration window in dBFS.</summary>
    public float LevelDb;

    public readonly PitchCandidate this[int index] => index switch
    {
        0 => C0,
        1 => C1,
        2 => C2,
        3 => C3,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public void Add(PitchCandidate candidate)
    {
        // Insertion into a tiny sorted list (descending probability); the weakest falls off the end.
        if (Count == MaxCandidates && candidate.Probability <= C3.Probability) return;
        var position = Math.Min(Count, MaxCandidates - 1);
        while (position > 0 && this[position - 1].Probability < candidate.Probability)
        {
            Set(position, this[position - 1]);
            position--;
        }
        Set(position, candidate);
        if (Count < MaxCandidates) Count++;
    }

    private void Set(int index, PitchCandidate value)
    {
        switch (index)
        {
            case 0: C0 = value; break;
            case 1: C1 = value; break;
            case 2: C2 = value; break;
            case 3: C3 = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(index));
        }
    }
}
