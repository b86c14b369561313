namespace SingKing.Host.Timbre;

/// <summary>A song suggested for a voice.</summary>
/// <param name="SongId">The song's id in <c>/api/songs</c>.</param>
/// <param name="Title">Its title.</param>
/// <param name="Artist">Its artist.</param>
/// <param name="Style">Its <c>#SINGKING-STYLE</c> tag, or null.</param>
/// <param name="LowestMidi">Its lowest sung note (MIDI).</param>
/// <param name="HighestMidi">Its highest sung note (MIDI).</param>
/// <param name="FitsRange">True when the song lies inside the singer's range, false when not, null when no range was given.</param>
/// <param name="Score">Ranking score, 0–1: the probability of the song's style, lowered for every semitone outside the range.</param>
/// <param name="Reason">One line saying why it is suggested.</param>
public sealed record TimbreRecommendation(
    string SongId,
    string Title,
    string Artist,
    string? Style,
    int LowestMidi,
    int HighestMidi,
    bool? FitsRange,
    double Score,
    string Reason);
