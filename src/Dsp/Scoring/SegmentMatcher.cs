using SingKing.Dsp.Alignment;

namespace SingKing.Dsp.Scoring;

/// <summary>
/// Matches sung segments to chart notes one to one, in order (dynamic programming over segments × notes, as in
/// sequence alignment), so that a late entry shifts the whole match instead of pairing every sung note with the
/// chart note sounding at the same moment.
/// </summary>
internal static class SegmentMatcher
{
    /// <summary>
    /// What matching any segment within the slack is worth before pitch and timing: a note sung at the wrong pitch
    /// is still sung, and its timing is still worth judging.
    /// </summary>
    private const double MatchBase = 0.5;

    /// <summary>How much a perfect onset adds over one at the edge of the slack.</summary>
    private const double TimingWeight = 0.5;

    /// <summary>
    /// For each note, the index of its segment or −1. A pair may match only when the segment starts within
    /// <paramref name="slackSeconds"/> of the note; it is worth <c>0.5 + pitch credit + 0.5 × (1 − |Δt| / slack)</c>,
    /// and the match with the largest sum wins. Skipping a segment or a note is worth nothing.
    /// </summary>
    public static int[] Match(IReadOnlyList<SungSegment> segments, IReadOnlyList<ScoredNote> notes, PitchTolerance tolerance,
        double slackSeconds)
    {
        int m = segments.Count, n = notes.Count;
        var matched = new int[n];
        Array.Fill(matched, -1);
        if (m == 0 || n == 0)
            return matched;

        // Two rows of scores and a full table of moves (1 byte per cell): 0 skip segment, 1 skip note, 2 match.
        var moves = new byte[(m + 1) * (n + 1)];
        var previous = new double[n + 1];
        var current = new double[n + 1];
        for (var j = 1; j <= n; j++)
            moves[j] = 1;
        for (var i = 1; i <= m; i++)
        {
            var segment = segments[i - 1];
            current[0] = 0;
            moves[i * (n + 1)] = 0;
            for (var j = 1; j <= n; j++)
            {
                var best = previous[j];
                byte move = 0;
                if (current[j - 1] > best)
                {
                    best = current[j - 1];
                    move = 1;
                }

                var note = notes[j - 1];
                var dt = Math.Abs(segment.StartSeconds - note.StartSeconds);
                if (dt <= slackSeconds)
                {
                    var pitch = note.Note.HasPitch
                        ? tolerance.Credit(OctaveFolding.Distance(segment.MedianMidi, note.Note.MidiNote))
                        : 1.0;
                    var gain = previous[j - 1] + MatchBase + pitch + TimingWeight * (1 - dt / slackSeconds);
                    if (gain > best)
                    {
                        best = gain;
                        move = 2;
                    }
                }

                current[j] = best;
                moves[i * (n + 1) + j] = move;
            }

            (previous, current) = (current, previous);
        }

        int si = m, nj = n;
        while (si > 0 && nj > 0)
        {
            switch (moves[si * (n + 1) + nj])
            {
                case 2:
                    matched[nj - 1] = si - 1;
                    si--;
                    nj--;
                    break;
                case 1:
                    nj--;
                    break;
                default:
                    si--;
                    break;
            }
        }

        return matched;
    }
}
