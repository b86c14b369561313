using SingKing.Dsp.Charts;

namespace SingKing.Dsp.Alignment;

/// <summary>
/// A running total in UltraStar Deluxe's convention: the scored notes share <see cref="MaxNotePoints"/>
/// weighted by length × factor (normal 1, golden 2, rap 1, golden rap 2, freestyle 0), and every line with
/// scored notes earns its share of <see cref="MaxLineBonus"/> times its perfection once it ends.
/// </summary>
/// <param name="NotePoints">Points earned by the notes so far, 0–9000.</param>
/// <param name="LineBonusPoints">Line bonus of the lines ended so far, 0–1000.</param>
public readonly record struct UltraStarScore(double NotePoints, double LineBonusPoints)
{
    /// <summary>Points shared by all notes.</summary>
    public const double MaxNotePoints = 9000;

    /// <summary>Points shared by all lines as a bonus for their perfection.</summary>
    public const double MaxLineBonus = 1000;

    /// <summary>The total, 0–10000.</summary>
    public double Total => NotePoints + LineBonusPoints;

    /// <summary>
    /// A note's share of <see cref="MaxNotePoints"/> before normalising: its length in seconds × its factor
    /// (golden and golden rap 2, normal and rap 1, freestyle 0), as in UltraStar Deluxe. The live aligner and
    /// the final scoring weigh notes with this one rule.
    /// </summary>
    /// <param name="chart">The chart, which times the note's beats.</param>
    /// <param name="note">The note.</param>
    /// <returns>The weight in seconds (0 for freestyle and zero-length notes).</returns>
    public static double NoteWeight(Chart chart, ChartNote note)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(note);
        if (!note.IsScored)
            return 0;
        var length = Math.Max(0, chart.NoteEndSeconds(note) - chart.NoteStartSeconds(note));
        return note.IsGolden ? 2 * length : length;
    }
}
