using SingKing.Dsp.Charts;
using SingKing.Dsp.Synthesis;

namespace SingKing.Host.Songs;

/// <summary>A song of the library: its chart, where it lives, and how its audio is obtained.</summary>
public sealed class Song
{
    internal Song(string id, string folder, byte[] chartBytes, Chart chart, BackingArrangement? arrangement, string? audioPath, string? arrangementText)
    {
        Id = id;
        Folder = folder;
        ChartBytes = chartBytes;
        Chart = chart;
        Arrangement = arrangement;
        AudioPath = audioPath;
        ArrangementText = arrangementText;
        Summary = Summarize();
    }

    /// <summary>Stable, URL-safe identifier.</summary>
    public string Id { get; }

    /// <summary>Folder holding <c>song.txt</c> (and the audio or <c>arrangement.txt</c>).</summary>
    public string Folder { get; }

    /// <summary>The parsed chart.</summary>
    public Chart Chart { get; }

    /// <summary>The arrangement the backing track is rendered from (bundled songs), or null.</summary>
    public BackingArrangement? Arrangement { get; }

    /// <summary>The stored audio file of an uploaded song, or null when the audio is rendered.</summary>
    public string? AudioPath { get; }

    /// <summary>The catalogue entry.</summary>
    public SongSummary Summary { get; }

    internal byte[] ChartBytes { get; }

    internal string? ArrangementText { get; }

    /// <summary>Whether the song came with the library rather than from an upload.</summary>
    public bool IsBundled => Arrangement is not null;

    /// <summary>The catalogue entry and the chart in seconds.</summary>
    public SongDetails Details()
    {
        var chart = Chart;
        var voices = chart.Voices.Select(voice => new SongChartVoice(
            voice.Number,
            voice.SingerName,
            voice.Phrases.Select(phrase =>
            {
                var notes = phrase.Notes.Select(note => new SongChartNote(
                    chart.NoteStartSeconds(note),
                    chart.NoteEndSeconds(note),
                    note.StartBeat,
                    note.LengthBeats,
                    note.MidiNote,
                    TypeName(note.Type),
                    note.Text)).ToList();
                var end = Math.Max(phrase.EndBeat, phrase.Notes.Count == 0 ? phrase.EndBeat : phrase.Notes.Max(n => n.EndBeat));
                return new SongChartPhrase(chart.BeatToSeconds(phrase.StartBeat), chart.BeatToSeconds(end), phrase.Lyrics, notes);
            }).ToList())).ToList();
        return new SongDetails(Summary, chart.Bpm, chart.GapMs, voices);
    }

    private static string TypeName(ChartNoteType type) => type switch
    {
        ChartNoteType.Normal => "normal",
        ChartNoteType.Golden => "golden",
        ChartNoteType.Rap => "rap",
        ChartNoteType.GoldenRap => "goldenRap",
        _ => "freestyle",
    };

    private SongSummary Summarize()
    {
        var notes = Chart.Voices.SelectMany(v => v.Notes).ToList();
        var pitched = notes.Where(n => n.HasPitch).Select(n => n.MidiNote).ToList();
        var lastNoteEnd = notes.Count == 0 ? 0 : notes.Max(Chart.NoteEndSeconds);
        var duration = Arrangement is { } arrangement
            ? BackingTrackRenderer.DurationSeconds(Chart, arrangement)
            : Chart.EndMs is { } endMs ? endMs / 1000.0 : lastNoteEnd;
        return new SongSummary(
            Id,
            Chart.Title,
            Chart.Artist,
            Chart.Language,
            Header("SINGKING-STYLE")?.ToLowerInvariant(),
            Header("SINGKING-DIFFICULTY")?.ToLowerInvariant(),
            Math.Round(duration, 3),
            pitched.Count == 0 ? 0 : pitched.Min(),
            pitched.Count == 0 ? 0 : pitched.Max(),
            notes.Any(n => n.IsGolden),
            $"/api/songs/{Id}/audio",
            Uploaded: Arrangement is null);
    }

    private string? Header(string key) =>
        Chart.UnknownHeaders.FirstOrDefault(h => string.Equals(h.Key, key, StringComparison.OrdinalIgnoreCase))?.Value.Trim();
}
