namespace SingKing.Dsp.Range;

/// <summary>
/// The hold being followed: its counted frames summarised in a histogram of 0.1-cent bins, so its memory is
/// the same for a half-second note and a ten-minute drone.
/// </summary>
/// <remarks>
/// Every counted frame lies within the tolerance of the run's median, so the whole run spans at most twice
/// the tolerance and always contains its first frame: a histogram of ± twice the tolerance around that first
/// frame holds every frame the run can ever accept, and gives the exact median to 0.1 cent.
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

    /// <summary>Number of counted frames.</summary>
    public int Count { get; private set; }

    public bool IsEmpty => Count == 0;

    /// <summary>Stamp of the first counted frame, in seconds.</summary>
    public double StartSeconds { get; private set; }

    /// <summary>Stamp of the last counted frame, in seconds.</summary>
    public double LastSeconds { get; private set; }

    /// <summary>Seconds of excursions bridged so far.</summary>
    public double BridgedSeconds { get; set; }

    /// <summary>Root-mean-square change of pitch between consecutive counted frames, in cents.</summary>
    public double JitterCents => Count < 2 ? 0 : Math.Sqrt(_sumSquaredSteps / (Count - 1));

    /// <summary>Median pitch of the counted frames, in cents above MIDI note 0.</summary>
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

    /// <summary>Counts the frame if, with it, every counted frame still lies within the tolerance of the median.</summary>
    public bool TryAdd(double cents, double timeSeconds)
    {
        int bin = _centre + (int)Math.Round((cents - _anchorCents) * BinsPerCent);
        if (bin < 0 || bin >= _bins.Length)
            return false;

        int min = Math.Min(_minBin, bin), max = Math.Max(_maxBin, bin);
        _bins[bin]++;
        Count++;
        double median = MedianBinTimesTwo(min, max) / 2.0;
        double limit = _toleranceCents * BinsPerCent + 1e-6;
        if (max - median > limit || median - min > limit)
        {
            _bins[bin]--;
            Count--;
            return false;
        }

        _minBin = min;
        _maxBin = max;
        double step = cents - _previousCents;
        _sumSquaredSteps += step * step;
        _previousCents = cents;
        LastSeconds = timeSeconds;
        return true;
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
