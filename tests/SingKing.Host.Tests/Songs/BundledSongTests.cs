using SingKing.Dsp.Charts;
using SingKing.Dsp.Synthesis;

namespace SingKing.Host.Tests.Songs;

public sealed class BundledSongTests
{
    [Fact]
    public void The_library_bundles_six_songs_in_Korean_and_English()
    {
        var folders = Directory.GetDirectories(BundledSongs.Folder).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(BundledSongs.Ids, folders);

        var languages = BundledSongs.Ids.Select(id => Parse(id).Language).ToHashSet();
        Assert.Equal(["English", "Korean"], languages.Order());
    }

    [Theory]
    [MemberData(nameof(BundledSongs.All), MemberType = typeof(BundledSongs))]
    public void A_bundled_chart_parses_without_errors_or_warnings(string id)
    {
        var result = UltraStarParser.Parse(File.ReadAllBytes(ChartPath(id)));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal("1.0.0", result.Chart!.Version);
        Assert.Equal("backing.wav", result.Chart.Audio);
    }

    [Theory]
    [MemberData(nameof(BundledSongs.All), MemberType = typeof(BundledSongs))]
    public void A_bundled_melody_lies_in_a_comfortable_middle_range(string id)
    {
        var pitches = Parse(id).Voices.SelectMany(v => v.Notes).Where(n => n.HasPitch).Select(n => n.MidiNote).ToList();

        // G3 to E5, and no wider than an octave and a minor third: what an untrained voice of either sex can sing.
        Assert.InRange(pitches.Min(), 55, 76);
        Assert.InRange(pitches.Max(), 55, 76);
        Assert.InRange(pitches.Max() - pitches.Min(), 5, 15);
    }

    [Theory]
    [MemberData(nameof(BundledSongs.All), MemberType = typeof(BundledSongs))]
    public void A_bundled_song_has_a_style_a_difficulty_and_a_golden_note(string id)
    {
        var chart = Parse(id);
        var headers = chart.UnknownHeaders.ToDictionary(h => h.Key, h => h.Value);

        Assert.Contains(headers["SINGKING-STYLE"], new[] { "ballad", "dance", "rock", "trot" });
        Assert.Contains(headers["SINGKING-DIFFICULTY"], new[] { "easy", "medium", "hard" });
        Assert.Contains(chart.Voices.SelectMany(v => v.Notes), n => n.IsGolden);
    }

    [Theory]
    [MemberData(nameof(BundledSongs.All), MemberType = typeof(BundledSongs))]
    public void A_bundled_arrangement_covers_the_song_to_its_last_bar(string id)
    {
        var chart = Parse(id);
        var arrangement = BackingArrangement.Parse(File.ReadAllText(Path.Combine(BundledSongs.Folder, id, "arrangement.txt")));
        var lastNoteEnd = chart.Voices.SelectMany(v => v.Notes).Max(chart.NoteEndSeconds);

        var lastBar = arrangement.Bars.Count - 1;
        Assert.InRange(lastNoteEnd, BackingTrackRenderer.BarStartSeconds(chart, arrangement, lastBar), BackingTrackRenderer.BarStartSeconds(chart, arrangement, lastBar + 1));
    }

    [Theory]
    [MemberData(nameof(BundledSongs.All), MemberType = typeof(BundledSongs))]
    public void A_bundled_song_counts_in_a_full_bar_of_clicks(string id)
    {
        var chart = Parse(id);
        var arrangement = BackingArrangement.Parse(File.ReadAllText(Path.Combine(BundledSongs.Folder, id, "arrangement.txt")));

        var clicks = BackingTrackRenderer.CountInClickSeconds(chart, arrangement);

        Assert.True(clicks.Count >= arrangement.BeatsPerBar, $"{clicks.Count} clicks in {arrangement.BeatsPerBar}/4");
    }

    [Theory]
    [MemberData(nameof(BundledSongs.All), MemberType = typeof(BundledSongs))]
    public void A_bundled_melody_sings_a_tone_of_the_chord_on_every_downbeat(string id)
    {
        // A chart and an arrangement that drifted apart by a beat or a bar would put the melody against the wrong chords.
        var chart = Parse(id);
        var arrangement = BackingArrangement.Parse(File.ReadAllText(Path.Combine(BundledSongs.Folder, id, "arrangement.txt")));
        var barBeats = arrangement.BeatsPerBar * BackingArrangement.ChartBeatsPerQuarter;
        var firstBarBeat = (int)(arrangement.PickupBeats * BackingArrangement.ChartBeatsPerQuarter);

        var clashes = new List<string>();
        foreach (var note in chart.Voices.SelectMany(v => v.Notes).Where(n => n.HasPitch && n.StartBeat >= firstBarBeat))
        {
            if ((note.StartBeat - firstBarBeat) % barBeats != 0)
                continue;
            var chord = arrangement.Bars[(note.StartBeat - firstBarBeat) / barBeats][0];
            var pitchClasses = chord.Intervals.Select(i => (chord.RootPitchClass + i) % 12);
            if (!pitchClasses.Contains(note.MidiNote % 12))
                clashes.Add($"\"{note.Text.Trim()}\" (MIDI {note.MidiNote}) on {chord.Symbol}");
        }

        Assert.Empty(clashes);
    }

    [Theory]
    [InlineData("amazing-grace", "Amazing grace how sweet the sound")]
    [InlineData("arirang", "아리랑 아리랑 아라리요")]
    [InlineData("doraji-taryeong", "도라지 도라지 백도라지")]
    [InlineData("jingle-bells", "Jingle bells, jingle bells, jingle all the way!")]
    [InlineData("ode-to-joy", "Joyful, joyful, we adore Thee, God of glory, Lord of love;")]
    [InlineData("twinkle-twinkle", "Twinkle twinkle little star")]
    public void A_bundled_song_joins_its_syllables_into_the_words_of_its_first_line(string id, string firstLine)
    {
        Assert.Equal(firstLine, Parse(id).Voices[0].Phrases[0].Lyrics);
    }

    private static string ChartPath(string id) => Path.Combine(BundledSongs.Folder, id, "song.txt");

    private static Chart Parse(string id) => UltraStarParser.Parse(File.ReadAllBytes(ChartPath(id))).Chart!;
}
