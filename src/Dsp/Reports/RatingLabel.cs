namespace SingKing.Dsp.Reports;

/// <summary>UltraStar Deluxe's rating of a take's total, from the lowest to the highest.</summary>
public enum RatingLabel
{
    /// <summary>Below 2010 points.</summary>
    ToneDeaf,

    /// <summary>2010–4009.</summary>
    Amateur,

    /// <summary>4010–5009.</summary>
    Wannabe,

    /// <summary>5010–6009.</summary>
    Hopeful,

    /// <summary>6010–7009.</summary>
    RisingStar,

    /// <summary>7010–8009.</summary>
    LeadSinger,

    /// <summary>8010–9009.</summary>
    Superstar,

    /// <summary>9010 and above.</summary>
    Ultrastar,
}
