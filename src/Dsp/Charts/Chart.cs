namespace SingKing.Dsp.Charts;

/// <summary>
/// A karaoke song chart in the UltraStar format: its headers and, per singer, the phrases and notes to sing,
/// timed in beats. Read one with <see cref="UltraStarParser"/>.
/// </summary>
/// <remarks>
/// Time of beat b, in seconds from the start of the audio: <c>GapMs/1000 + b·60/(Bpm·4)</c>; the header's BPM
/// counts quarter beats, hence the implicit ×4.
/// </remarks>
public sealed record Chart
{
    /// <summary><c>#VERSION</c> as written (such as "1.0.0"), or null for an unversioned legacy file.</summary>
    public string? Version { get; init; }

    /// <summary><c>#TITLE</c>.</summary>
    public required string Title { get; init; }

    /// <summary><c>#ARTIST</c>.</summary>
    public required string Artist { get; init; }

    /// <summary><c>#BPM</c> as written (decimal comma or point), before the implicit ×4; always above 0.</summary>
    public required double Bpm { get; init; }

    /// <summary><c>#GAP</c>: time of beat 0 in milliseconds from the start of the audio (0 when absent).</summary>
    public double GapMs { get; init; }

    /// <summary><c>#START</c>: where to start playing, in seconds into the audio; null when absent.</summary>
    public double? StartSeconds { get; init; }

    /// <summary><c>#END</c>: where to stop playing, in milliseconds into the audio; null when absent.</summary>
    public double? EndMs { get; init; }

    /// <summary>Audio file with vocals and instruments: <c>#AUDIO</c>, or <c>#MP3</c> when there is no <c>#AUDIO</c>.</summary>
    public required string Audio { get; init; }

    /// <summary><c>#VOCALS</c>: the a cappella audio file, or null.</summary>
    public string? Vocals { get; init; }

    /// <summary><c>#INSTRUMENTAL</c>: the backing-track audio file, or null.</summary>
    public string? Instrumental { get; init; }

    /// <summary><c>#COVER</c>: cover image file, or null.</summary>
    public string? Cover { get; init; }

    /// <summary><c>#BACKGROUND</c>: background image file, or null.</summary>
    public string? Background { get; init; }

    /// <summary><c>#VIDEO</c>: background video file, or null.</summary>
    public string? Video { get; init; }

    /// <summary><c>#VIDEOGAP</c>: delay of the video behind the audio in seconds (negative skips video); null when absent.</summary>
    public double? VideoGapSeconds { get; init; }

    /// <summary><c>#PREVIEWSTART</c>: where song previews start, in seconds into the audio; null when absent.</summary>
    public double? PreviewStartSeconds { get; init; }

    /// <summary><c>#MEDLEYSTARTBEAT</c>: first beat of the medley excerpt, or null.</summary>
    public int? MedleyStartBeat { get; init; }

    /// <summary><c>#MEDLEYENDBEAT</c>: last beat of the medley excerpt, or null.</summary>
    public int? MedleyEndBeat { get; init; }

    /// <summary><c>#LANGUAGE</c>: sung language(s), comma separated, or null.</summary>
    public string? Language { get; init; }

    /// <summary><c>#GENRE</c>: genre(s), comma separated, or null.</summary>
    public string? Genre { get; init; }

    /// <summary><c>#YEAR</c>: release year, or null.</summary>
    public int? Year { get; init; }

    /// <summary><c>#TAGS</c>: free keywords, comma separated, or null.</summary>
    public string? Tags { get; init; }

    /// <summary>
    /// <c>#RELATIVE:yes</c>: the file counted beats from each phrase's start. The notes here are already
    /// converted to absolute beats; the flag only tells how the file was written.
    /// </summary>
    public bool IsRelative { get; init; }

    /// <summary>Every other header (<c>#CREATOR</c>, <c>#EDITION</c>, application headers…), in file order.</summary>
    public IReadOnlyList<ChartHeader> UnknownHeaders { get; init; } = [];

    /// <summary>The singers' parts in voice-number order: one for a solo chart, two or more for a duet.</summary>
    public required IReadOnlyList<ChartVoice> Voices { get; init; }

    /// <summary>Whether more than one voice sings.</summary>
    public bool IsDuet => Voices.Count > 1;

    /// <summary>Length of one beat in seconds: 60 / (<see cref="Bpm"/> × 4).</summary>
    public double SecondsPerBeat => 60.0 / (Bpm * 4.0);

    /// <summary>Time of a beat in seconds from the start of the audio; fractional beats are allowed.</summary>
    public double BeatToSeconds(double beat) => GapMs / 1000.0 + beat * SecondsPerBeat;

    /// <summary>Time in seconds from the start of the audio at which <paramref name="note"/> starts.</summary>
    public double NoteStartSeconds(ChartNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return BeatToSeconds(note.StartBeat);
    }

    /// <summary>Time in seconds from the start of the audio at which <paramref name="note"/> ends.</summary>
    public double NoteEndSeconds(ChartNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return BeatToSeconds(note.EndBeat);
    }
}
