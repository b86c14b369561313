using SingKing.Dsp.Alignment;

namespace SingKing.Dsp.Scoring;

/// <summary>The final score of a take and everything measured to reach it (see docs/scoring.md).</summary>
/// <param name="Score">
/// Points in UltraStar Deluxe's convention: 9000 shared by the notes by length × factor, each earning its share ×
/// its <see cref="NoteScore.Credit"/>; 1000 shared by the lines by perfection.
/// </param>
/// <param name="Pitch">Length-weighted mean pitch credit of the pitched notes, 0–1.</param>
/// <param name="Rhythm">Mean rhythm credit of the scored notes, 0–1 (each onset is one event, so notes weigh equally).</param>
/// <param name="LyricDelivery">
/// Articulation timing, 0–1: the share of the chart's syllable starts at which a syllable onset was detected in
/// the signal. Not speech recognition: it cannot tell whether the words were right.
/// </param>
/// <param name="Difficulty">The difficulty the take was scored at.</param>
/// <param name="LatencySeconds">The latency that was taken off, in seconds.</param>
/// <param name="TakeStartSongSeconds">Song time of the take's first sample, in seconds (0 for a take of the whole song).</param>
/// <param name="Phrases">Every line with scored notes, in voice order.</param>
/// <param name="Notes">Every scored note, in voice order.</param>
/// <param name="Tendencies">The singer's habits over the take.</param>
/// <param name="Frames">
/// The pitch frames of the take (10 ms apart, stamped in take time), for drawing the sung pitch against the notes:
/// frame f sits at song time <c>f.TimeSeconds + TakeStartSongSeconds − LatencySeconds</c>.
/// </param>
/// <param name="SyllableOnsetsSeconds">Song times in seconds of the syllable onsets detected in the signal.</param>
public sealed record TakeScore(
    UltraStarScore Score,
    double Pitch,
    double Rhythm,
    double LyricDelivery,
    Difficulty Difficulty,
    double LatencySeconds,
    double TakeStartSongSeconds,
    IReadOnlyList<PhraseScore> Phrases,
    IReadOnlyList<NoteScore> Notes,
    SingerTendencies Tendencies,
    IReadOnlyList<Pitch.PitchFrame> Frames,
    IReadOnlyList<double> SyllableOnsetsSeconds)
{
    /// <summary>The total, 0–10000.</summary>
    public double Total => Score.Total;
}
