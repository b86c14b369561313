namespace SingKing.Dsp.Scoring;

/// <summary>
/// Cuts the take's pitch track into sung notes: voiced runs (dropouts of up to 20 ms bridged), split where the
/// pitch jumps and where a syllable starts.
/// </summary>
internal static class NoteSegmenter
{
    /// <summary>Unvoiced gaps up to this many frames (20 ms) inside a run are tracker dropouts, not rests.</summary>
    private const int BridgedGapFrames = 2;

    /// <summary>Runs and pieces shorter than this (50 ms) are not notes.</summary>
    private const int MinFrames = 5;

    /// <summary>
    /// Half-window of the pitch-jump test (80 ms): the medians of the 80 ms before and after a frame are
    /// compared. Long enough that a light vibrato's half-cycles mostly cancel, short enough for 125 ms notes.
    /// </summary>
    private const int JumpWindowFrames = 8;

    /// <summary>
    /// A pitch jump within 150 ms of a note's start is the note's own scoop or glide into pitch, not a new note:
    /// singers take up to about that long to settle (see the scoop tendency).
    /// </summary>
    private const int GlideFrames = 15;

    /// <summary>A change of median pitch of at least this many semitones is a new note (below a semitone, above vibrato).</summary>
    private const double JumpSemitones = 0.7;

    /// <summary>The sung notes of a take's frames, in time order. Frame counts here assume the tracker's 10 ms hop.</summary>
    /// <param name="midi">Fractional MIDI pitch per frame, 0 when unvoiced.</param>
    /// <param name="songTimes">Song time of each frame in seconds.</param>
    /// <param name="onsetFrames">Frames at which a syllable onset was detected, ascending.</param>
    /// <param name="hopSeconds">Frame spacing.</param>
    public static List<SungSegment> Segment(double[] midi, double[] songTimes, IReadOnlyList<int> onsetFrames, double hopSeconds)
    {
        var segments = new List<SungSegment>();
        var k = 0;
        var count = midi.Length;
        while (k < count)
        {
            if (midi[k] <= 0)
            {
                k++;
                continue;
            }

            var first = k;
            var last = k;
            var j = k + 1;
            while (j < count)
            {
                if (midi[j] > 0)
                {
                    last = j;
                    j++;
                    continue;
                }
                var gap = 0;
                while (j + gap < count && midi[j + gap] <= 0 && gap <= BridgedGapFrames)
                    gap++;
                if (gap > BridgedGapFrames || j + gap >= count)
                    break;
                j += gap;
            }

            if (last - first + 1 >= MinFrames)
                SplitRun(midi, songTimes, first, last, onsetFrames, hopSeconds, segments);
            k = last + 1;
        }

        return segments;
    }

    private static void SplitRun(double[] midi, double[] songTimes, int first, int last, IReadOnlyList<int> onsetFrames,
        double hopSeconds, List<SungSegment> segments)
    {
        var cuts = new SortedSet<int>();
        foreach (var onset in onsetFrames)
        {
            if (onset - first >= MinFrames && last - onset + 1 >= MinFrames)
                cuts.Add(onset);
        }

        var jump = new double[last - first + 1];
        var before = new List<double>(JumpWindowFrames);
        var after = new List<double>(JumpWindowFrames);
        for (var k = first + JumpWindowFrames; k <= last - JumpWindowFrames + 1; k++)
        {
            before.Clear();
            after.Clear();
            for (var i = k - JumpWindowFrames; i < k; i++)
                if (midi[i] > 0) before.Add(midi[i]);
            for (var i = k; i < k + JumpWindowFrames; i++)
                if (midi[i] > 0) after.Add(midi[i]);
            if (before.Count >= JumpWindowFrames / 2 && after.Count >= JumpWindowFrames / 2)
                jump[k - first] = Math.Abs(Median(after) - Median(before));
        }

        for (var i = 0; i < jump.Length; i++)
        {
            if (jump[i] < JumpSemitones)
                continue;
            var isPeak = true;
            for (var j = Math.Max(0, i - JumpWindowFrames); j <= Math.Min(jump.Length - 1, i + JumpWindowFrames) && isPeak; j++)
                isPeak = j == i || jump[j] < jump[i] || (jump[j] == jump[i] && j > i);
            var k = first + i;
            if (isPeak && k - first >= GlideFrames && !cuts.Any(c => c <= k && k - c < GlideFrames) && !cuts.Any(c => Math.Abs(c - k) < MinFrames))
                cuts.Add(k);
        }

        var start = first;
        foreach (var cut in cuts.Append(last + 1))
        {
            var end = cut - 1;
            if (end - start + 1 >= MinFrames)
                segments.Add(Build(midi, songTimes, start, end, hopSeconds));
            else if (segments.Count > 0 && segments[^1].LastFrame == start - 1)
                segments[^1] = Build(midi, songTimes, segments[^1].FirstFrame, end, hopSeconds);
            start = cut;
        }
    }

    private static SungSegment Build(double[] midi, double[] songTimes, int first, int last, double hopSeconds)
    {
        var voiced = new List<double>(last - first + 1);
        for (var i = first; i <= last; i++)
            if (midi[i] > 0) voiced.Add(midi[i]);
        return new SungSegment(first, last, songTimes[first], songTimes[last] + hopSeconds, voiced.Count > 0 ? Median(voiced) : 0);
    }

    internal static double Median(List<double> values)
    {
        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
    }
}
