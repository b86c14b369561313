namespace SingKing.Dsp.Range;

/// <summary>
/// The hold being followed: its counted frames summarised in a histogram of 0.1-cent bins, so its memory is
/// the same for a half-second note and a ten-minute drone.
/// </summary>
/// <remarks>
/// The run spans at most twice the tolerance and always contains its first frame, so a histogram of ± twice
/// the tolerance around that first frame holds every frame the run can ever accept, and gives the exact
/// median to 0.1 cent.
/// </remarks>
internal sealed class HeldRun
{
    private const int BinsPerCent = 10;

    private readonly double _toleranceCents;
    private readonly int _centre;
    private readonly int[] _bins;
    private double _anchorCents;
    private int _minBin, _maxBin;
    private double _previousCents;
    private double _sumSquaredSteps;

    public HeldRun(double toleranceCents)
    {
        _toleranceCents = toleranceCents;
        _centre = (int)Math.Ceiling(2 * toleranceCents * BinsPerCent);
        _bins = new int[2 * _centre + 1];
    }

    /// <summary>Number of frames in the run.</summary>
    public int Count { get; private set; }

    public bool IsEmpty => Count == 0;

    /// <summary>Stamp of the run's first frame, in seconds.</summary>
    public double StartSeconds { get; private set; }

    /// <summary>Stamp of the run's last frame, in seconds.</summary>
    public double LastSeconds { get; private set; }

    /// <summary>Seconds of excursions bridged so far.</summary>
    public double BridgedSeconds { get; set; }

    /// <summary>Root-mean-square change of pitch between consecutive frames of the run, in cents.</summary>
    public double JitterCents => Count < 2 ? 0 : Math.Sqrt(_sumSquaredSteps / (Count - 1));

    /// <summary>Median pitch of the run's frames, in cents above MIDI note 0.</summary>
    public double MedianCents => _anchorCents + (MedianBinTimesTwo(_minBin, _maxBin) / 2.0 - _centre) / BinsPerCent;

    public void Start(double cents, double timeSeconds)
    {
        Reset();
        _anchorCents = cents;
        _minBin = _maxBin = _centre;
        _bins[_centre] = 1;
        Count = 1;
        StartSeconds = LastSeconds = timeSeconds;
        _previousCents = cents;
    }

    /// <summary>
    /// Takes the frame into the run if the run, with it, still spans at most twice the tolerance, so that one
    /// pitch lies within the tolerance of every frame. A span rather than the running median decides, because the
    /// median of the first half-cycle of a vibrato sits far off its centre and would cut every vibrato note short.
    /// </summary>
    public bool TryAdd(double cents, double timeSeconds)
    {
        int bin = _centre + (int)Math.Round((cents - _anchorCents) * BinsPerCent);
        if (bin < 0 || bin >= _bins.Length)
            return false;
        int min = Math.Min(_minBin, bin), max = Math.Max(_maxBin, bin);
        if (max - min > 2 * _toleranceCents * BinsPerCent + 1e-6)
            return false;

        _bins[bin]++;
        Count++;
        _minBin = min;
        _maxBin = max;
        double step = cents - _previousCents;
        _sumSquaredSteps += step * step;
        _previousCents = cents;
        LastSeconds = timeSeconds;
        return true;
    }

    /// <summary>How many frames lie within the tolerance of the run's median: the frames the hold counts.</summary>
    public int CountWithinTolerance()
    {
        if (Count == 0)
            return 0;
        int twiceMedian = MedianBinTimesTwo(_minBin, _maxBin);
        int reach = (int)Math.Floor(_toleranceCents * BinsPerCent + 1e-6);
        // Bins b with |b − median| ≤ reach, where the median may fall halfway between two bins.
        int from = Math.Max(_minBin, (int)Math.Ceiling((twiceMedian - 2 * reach) / 2.0));
        int to = Math.Min(_maxBin, (int)Math.Floor((twiceMedian + 2 * reach) / 2.0));
        int within = 0;
        for (int b = from; b <= to; b++)
            within += _bins[b];
        return within;
    }

    public void Reset()
    {
        if (Count > 0)
            Array.Clear(_bins, _minBin, _maxBin - _minBin + 1);
        Count = 0;
        _sumSquaredSteps = 0;
        BridgedSeconds = 0;
    }

    // Twice the median bin index (the mean of the two middle frames when the count is even), so it stays an integer.
    private int MedianBinTimesTwo(int min, int max)
    {
        int lowerRank = (Count - 1) / 2, upperRank = Count / 2;
        int seen = 0, lower = -1;
        for (int b = min; b <= max; b++)
        {
            seen += _bins[b];
            if (lower < 0 && seen > lowerRank) lower = b;
            if (seen > upperRank) return lower + b;
        }
        throw new InvalidOperationException("The histogram lost count of its frames.");
    }
}
