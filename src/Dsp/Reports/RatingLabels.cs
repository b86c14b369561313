namespace SingKing.Dsp.Reports;

/// <summary>Rates a total as UltraStar Deluxe's score screen does, so singers who know the game read it the same way.</summary>
public static class RatingLabels
{
    // The lowest total of each label above Tone Deaf; the game's boundaries sit 10 points above the round thousands.
    private static readonly (double From, RatingLabel Label)[] Steps =
    [
        (9010, RatingLabel.Ultrastar),
        (8010, RatingLabel.Superstar),
        (7010, RatingLabel.LeadSinger),
        (6010, RatingLabel.RisingStar),
        (5010, RatingLabel.Hopeful),
        (4010, RatingLabel.Wannabe),
        (2010, RatingLabel.Amateur),
    ];

    /// <summary>The label of a total of 0–10000 points.</summary>
    public static RatingLabel Of(double total)
    {
        foreach (var (from, label) in Steps)
        {
            if (total >= from)
                return label;
        }

        return RatingLabel.ToneDeaf;
    }
}
