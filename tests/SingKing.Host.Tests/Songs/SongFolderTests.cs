using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SingKing.Host.Songs;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Songs;

public sealed class SongFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "singking-songs-" + Guid.NewGuid().ToString("N"));
    private readonly LogCapture _logs = new();

    public SongFolderTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "songs"));
        CopyBundled("twinkle-twinkle");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_song_folder_with_a_broken_chart_is_skipped_and_logged_with_its_errors()
    {
        CopyBundled("ode-to-joy");
        var chart = Path.Combine(_root, "songs", "ode-to-joy", "song.txt");
        File.WriteAllLines(chart, File.ReadAllLines(chart).Select(l => l.StartsWith("#BPM", StringComparison.Ordinal) ? "#BPM:quick" : l));

        var library = Load();

        Assert.Equal(["twinkle-twinkle"], library.Songs.Select(s => s.Id));
        var error = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("ode-to-joy", error.Message);
        Assert.Contains("line 7:", error.Message);
    }

    [Fact]
    public void A_song_folder_without_an_arrangement_is_skipped_and_logged()
    {
        CopyBundled("arirang");
        File.Delete(Path.Combine(_root, "songs", "arirang", "arrangement.txt"));

        var library = Load();

        Assert.Null(library.Find("arirang"));
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("arirang") && e.Message.Contains("arrangement.txt"));
    }

    [Fact]
    public void A_song_folder_with_a_bad_chord_is_skipped_and_logged_with_the_line()
    {
        CopyBundled("jingle-bells");
        File.AppendAllText(Path.Combine(_root, "songs", "jingle-bells", "arrangement.txt"), "C | Q7\n");

        var library = Load();

        Assert.Null(library.Find("jingle-bells"));
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("jingle-bells") && e.Message.Contains("\"Q7\""));
    }

    [Fact]
    public void A_missing_songs_folder_gives_an_empty_library_and_a_warning()
    {
        var library = Load(songsPath: Path.Combine(_root, "nowhere"));

        Assert.Empty(library.Songs);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("SingKing:SongsPath"));
    }

    [Fact]
    public async Task An_upload_is_in_the_library_again_after_a_restart()
    {
        var chart = File.ReadAllBytes(Path.Combine(BundledSongs.Folder, "arirang", "song.txt"));
        using var audio = new MemoryStream([.. "OggS"u8, .. new byte[100]]);
        var uploaded = await Load().AddUploadAsync(chart, audio, audio.Length, CancellationToken.None);

        var restarted = Load();

        var song = restarted.Find(uploaded.Id);
        Assert.NotNull(song);
        Assert.Equal(("아리랑 (Arirang)", true), (song.Summary.Title, song.Summary.Uploaded));
        Assert.Equal(104, new FileInfo(song.AudioPath!).Length);
        Assert.Empty(Directory.GetDirectories(Path.Combine(_root, "data", "songs", "uploaded"), "*.partial"));
    }

    private SongLibrary Load(string? songsPath = null)
    {
        using var factory = LoggerFactory.Create(logging => logging.AddProvider(_logs));
        var options = Options.Create(new SongLibraryOptions { SongsPath = songsPath ?? Path.Combine(_root, "songs"), DataPath = Path.Combine(_root, "data") });
        return new SongLibrary(options, factory.CreateLogger<SongLibrary>());
    }

    private void CopyBundled(string id)
    {
        var target = Path.Combine(_root, "songs", id);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(BundledSongs.Folder, id)))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    }
}
