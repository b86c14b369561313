using System.Globalization;
using SingKing.Dsp.Pitch;
using SingKing.Grains.Timbre;
using SingKing.Host.Songs;

namespace SingKing.Host.Timbre;

/// <summary>
/// Ranks the song library for a diagnosed voice: a song scores the probability of its own style tag (so songs
/// of the predicted timbre come first and a close second timbre still counts), and when the singer's range is
/// known loses a quarter of that for every semitone it reaches outside the range, so songs the singer cannot
/// reach sink to the bottom. Songs without a style tag, and songs of a timbre the voice has almost nothing of (below
/// <see cref="MinStyleProbability"/>), are not suggested: an empty list is more honest than a song that does not suit.
/// </summary>
public static class TimbreRecommender
{
    /// <summary>How many songs are suggested at most.</summary>
    public const int MaxRecommendations = 5;

    /// <summary>A song's style must have at least this probability for the voice (5 %) to be suggested.</summary>
    public const double MinStyleProbability = 0.05;

    private const double PenaltyPerSemitone = 0.25;

    /// <summary>The best songs of <paramref name="songs"/> for <paramref name="diagnosis"/>, best first.</summary>
    public static IReadOnlyList<TimbreRecommendation> Recommend(TimbreDiagnosis diagnosis, IEnumerable<SongSummary> songs, SingerRange? range)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        ArgumentNullException.ThrowIfNull(songs);
        var probabilities = diagnosis.Probabilities.ToDictionary(p => p.Label, p => p.Probability, StringComparer.OrdinalIgnoreCase);
        return songs
            .Where(song => song.Style is not null && probabilities.TryGetValue(song.Style, out var p) && p >= MinStyleProbability)
            .Select(song => Rate(song, probabilities[song.Style!], diagnosis.Label, range))
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase)
            .Take(MaxRecommendations)
            .ToList();
    }

    private static TimbreRecommendation Rate(SongSummary song, double probability, string predicted, SingerRange? range)
    {
        var outside = range is null ? 0 : Math.Max(0, range.LowestMidi - song.LowestMidi) + Math.Max(0, song.HighestMidi - range.HighestMidi);
        var score = probability * Math.Max(0, 1 - PenaltyPerSemitone * outside);
        var styleReason = string.Equals(song.Style, predicted, StringComparison.OrdinalIgnoreCase)
            ? string.Create(CultureInfo.InvariantCulture, $"A {song.Style} song, like your voice ({probability:P0})")
            : string.Create(CultureInfo.InvariantCulture, $"A {song.Style} song, your voice's next closest timbre ({probability:P0})");
        var notes = $"{NoteNames.Name(song.LowestMidi)}–{NoteNames.Name(song.HighestMidi)}";
        var rangeReason = range is null
            ? $"; its notes span {notes}."
            : outside == 0
                ? $", and its notes {notes} lie inside your range."
                : string.Create(CultureInfo.InvariantCulture, $", but its notes {notes} reach {outside} semitone(s) outside your range.");
        return new TimbreRecommendation(song.Id, song.Title, song.Artist, song.Style, song.LowestMidi, song.HighestMidi,
            range is null ? null : outside == 0, Math.Round(score, 4), styleReason + rangeReason);
    }
}
