namespace SingKing.Host.Songs;

/// <summary>One song of the catalogue, as the song picker lists it.</summary>
/// <param name="Id">Stable identifier, safe in a URL: the folder name of a bundled song, generated for an upload.</param>
/// <param name="Title"><c>#TITLE</c>.</param>
/// <param name="Artist"><c>#ARTIST</c>.</param>
/// <param name="Language"><c>#LANGUAGE</c>, or null.</param>
/// <param name="Style"><c>#SINGKING-STYLE</c> in lower case (ballad, dance, rock, trot), or null.</param>
/// <param name="Difficulty"><c>#SINGKING-DIFFICULTY</c> in lower case (easy, medium, hard), or null.</param>
/// <param name="DurationSeconds">Length of the song in seconds (the backing track's, or up to the last note's end for an upload).</param>
/// <param name="LowestMidi">MIDI number of the lowest sung (normal or golden) note.</param>
/// <param name="HighestMidi">MIDI number of the highest sung note.</param>
/// <param name="HasGoldenNotes">Whether any note is golden.</param>
/// <param name="AudioUrl">Where the song's audio is served, with range requests.</param>
/// <param name="Uploaded">Whether a singer uploaded it (false for the bundled library).</param>
public sealed record SongSummary(
    string Id,
    string Title,
    string Artist,
    string? Language,
    string? Style,
    string? Difficulty,
    double DurationSeconds,
    int LowestMidi,
    int HighestMidi,
    bool HasGoldenNotes,
    string AudioUrl,
    bool Uploaded);
