using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SingKing.Dsp.Charts;
using SingKing.Dsp.Synthesis;
using SingKing.Grains.Songs;

namespace SingKing.Host.Songs;

/// <summary>
/// The catalogue: every bundled song folder (<c>song.txt</c> + <c>arrangement.txt</c>) and every upload, parsed once
/// at start-up. A folder that does not parse is logged with its errors and left out; it never stops the host.
/// </summary>
public sealed partial class SongLibrary : ISongCharts
{
    /// <summary>File name of a song's chart inside its folder.</summary>
    public const string ChartFileName = "song.txt";

    /// <summary>File name of a bundled song's accompaniment.</summary>
    public const string ArrangementFileName = "arrangement.txt";

    private const string UploadedFolderName = "uploaded";

    private readonly ConcurrentDictionary<string, Song> _songs = new(StringComparer.Ordinal);
    private readonly SongLibraryOptions _options;
    private readonly ILogger<SongLibrary> _logger;

    /// <summary>Loads the bundled songs from <see cref="SongLibraryOptions.SongsPath"/> and the uploads from the data folder.</summary>
    public SongLibrary(IOptions<SongLibraryOptions> options, ILogger<SongLibrary> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        LoadFolders(_options.SongsPath, bundled: true);
        LoadFolders(UploadsPath, bundled: false);
        _logger.LogInformation("Song library loaded {SongCount} songs from {SongsPath} and {UploadsPath}", _songs.Count, _options.SongsPath, UploadsPath);
    }

    /// <summary>Every song, ordered by title.</summary>
    public IReadOnlyList<Song> Songs => [.. _songs.Values.OrderBy(s => s.Chart.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal)];

    private string UploadsPath => Path.Combine(_options.DataPath, "songs", UploadedFolderName);

    /// <summary>The song with <paramref name="id"/>, or null.</summary>
    public Song? Find(string id) => _songs.GetValueOrDefault(id);

    /// <inheritdoc />
    Chart? ISongCharts.Find(string songId) => Find(songId)?.Chart;

    /// <summary>
    /// Songs whose title or artist contains <paramref name="search"/> (ignoring case) and whose style, language and
    /// difficulty equal the given ones (ignoring case); a null or empty filter matches everything.
    /// </summary>
    public IReadOnlyList<Song> Search(string? search, string? style, string? language, string? difficulty) =>
        [.. Songs.Where(song =>
            (string.IsNullOrWhiteSpace(search)
                || song.Chart.Title.Contains(search.Trim(), StringComparison.CurrentCultureIgnoreCase)
                || song.Chart.Artist.Contains(search.Trim(), StringComparison.CurrentCultureIgnoreCase))
            && Matches(song.Summary.Style, style)
            && Matches(song.Summary.Language, language)
            && Matches(song.Summary.Difficulty, difficulty))];

    /// <summary>
    /// Adds an uploaded song: checks the audio by its first bytes and parses the chart, then stores both under
    /// <c>&lt;DataPath&gt;/songs/uploaded/&lt;id&gt;/</c>. The chart's <c>#AUDIO</c>/<c>#MP3</c> name need not match the
    /// uploaded file's: the stored audio is the song's audio.
    /// </summary>
    /// <exception cref="SongUploadException">The upload is too large, the audio is not WAV, MP3 or OGG, or the chart has errors.</exception>
    public async Task<Song> AddUploadAsync(byte[] chartBytes, Stream audio, long audioLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chartBytes);
        ArgumentNullException.ThrowIfNull(audio);
        CheckSizes(chartBytes.Length, audioLength);

        var header = new byte[SongAudioFormats.HeaderBytes];
        var headerLength = await audio.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        var kind = SongAudioFormats.Detect(header.AsSpan(0, headerLength));
        if (kind == SongAudioKind.Unknown)
            throw new SongUploadException(StatusCodes.Status400BadRequest, "The audio file is not a WAV, MP3 or OGG file (judged by its first bytes, not its name). Export the song as one of those and upload it again.");

        var result = UltraStarParser.Parse(chartBytes);
        if (result.Chart is null)
            throw new SongUploadException(StatusCodes.Status400BadRequest, $"The chart has {result.Errors.Count} error(s); fix each line listed and upload it again.", result.Errors);

        var id = NewUploadId(result.Chart.Title);
        var folder = Path.Combine(UploadsPath, id);
        // Written beside the library and moved in whole, so an upload cut short never loads as a song at the next start.
        var partial = folder + ".partial";
        var audioFile = "audio" + SongAudioFormats.Extension(kind);
        Directory.CreateDirectory(partial);
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(partial, ChartFileName), chartBytes, cancellationToken);
            await using (var file = new FileStream(Path.Combine(partial, audioFile), FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await file.WriteAsync(header.AsMemory(0, headerLength), cancellationToken);
                await audio.CopyToAsync(file, cancellationToken);
            }

            Directory.Move(partial, folder);
        }
        catch
        {
            Directory.Delete(partial, recursive: true);
            throw;
        }

        var audioPath = Path.Combine(folder, audioFile);
        var song = new Song(id, folder, chartBytes, result.Chart, arrangement: null, audioPath, arrangementText: null);
        _songs[id] = song;
        _logger.LogInformation("Song {SongId} \"{Title}\" uploaded with {AudioKind} audio", id, song.Chart.Title, kind);
        return song;
    }

    /// <summary>Refuses a chart or audio file over the configured limits with 413 and what the limits are.</summary>
    /// <exception cref="SongUploadException">Either file is too large.</exception>
    public void CheckSizes(long chartBytes, long audioBytes)
    {
        if (chartBytes > _options.MaxChartBytes)
            throw new SongUploadException(StatusCodes.Status413PayloadTooLarge, $"The chart is {chartBytes} bytes; a chart may be at most {_options.MaxChartBytes} bytes ({FormatMiB(_options.MaxChartBytes)}).");
        if (audioBytes > _options.MaxAudioBytes)
            throw new SongUploadException(StatusCodes.Status413PayloadTooLarge, $"The audio file is {audioBytes} bytes; audio may be at most {_options.MaxAudioBytes} bytes ({FormatMiB(_options.MaxAudioBytes)}). Export it at a lower bit rate (an MP3 or OGG) and upload it again.");
    }

    private static string FormatMiB(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MiB";

    private static bool Matches(string? value, string? filter) =>
        string.IsNullOrWhiteSpace(filter) || string.Equals(value, filter.Trim(), StringComparison.OrdinalIgnoreCase);

    private void LoadFolders(string root, bool bundled)
    {
        if (!Directory.Exists(root))
        {
            if (bundled)
                _logger.LogWarning("The songs folder {SongsPath} does not exist; set SingKing:SongsPath to the folder of bundled songs", root);
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(folder);
            if ((bundled && id == UploadedFolderName) || (!bundled && id.EndsWith(".partial", StringComparison.Ordinal)))
                continue;
            try
            {
                if (LoadFolder(folder, id, bundled) is { } song)
                    _songs[id] = song;
            }
            catch (IOException exception)
            {
                _logger.LogError(exception, "Song folder {SongFolder} could not be read and is skipped", folder);
            }
            catch (UnauthorizedAccessException exception)
            {
                _logger.LogError(exception, "Song folder {SongFolder} could not be read and is skipped", folder);
            }
        }
    }

    private Song? LoadFolder(string folder, string id, bool bundled)
    {
        if (!SafeId().IsMatch(id))
        {
            _logger.LogError("Song folder {SongFolder} is skipped: its name must be lower-case letters, digits and hyphens, as it becomes the song's URL", folder);
            return null;
        }

        var chartPath = Path.Combine(folder, ChartFileName);
        if (!File.Exists(chartPath))
        {
            _logger.LogError("Song folder {SongFolder} is skipped: it has no {ChartFile}", folder, ChartFileName);
            return null;
        }

        var chartBytes = File.ReadAllBytes(chartPath);
        var result = UltraStarParser.Parse(chartBytes);
        if (result.Chart is null)
        {
            _logger.LogError("Song {SongId} is skipped: {ChartFile} has errors: {ChartErrors}", id, chartPath, string.Join("; ", result.Errors));
            return null;
        }

        if (result.Warnings.Count > 0)
            _logger.LogWarning("Song {SongId}: {ChartFile} has warnings: {ChartWarnings}", id, chartPath, string.Join("; ", result.Warnings));

        if (!bundled)
        {
            var audio = Directory.EnumerateFiles(folder, "audio.*").FirstOrDefault();
            if (audio is null)
            {
                _logger.LogError("Uploaded song {SongId} is skipped: its audio file is missing from {SongFolder}", id, folder);
                return null;
            }

            return new Song(id, folder, chartBytes, result.Chart, arrangement: null, audio, arrangementText: null);
        }

        var arrangementPath = Path.Combine(folder, ArrangementFileName);
        if (!File.Exists(arrangementPath))
        {
            _logger.LogError("Song {SongId} is skipped: it has no {ArrangementFile} to render its backing track from", id, ArrangementFileName);
            return null;
        }

        var arrangementText = File.ReadAllText(arrangementPath, Encoding.UTF8);
        try
        {
            var arrangement = BackingArrangement.Parse(arrangementText);
            return new Song(id, folder, chartBytes, result.Chart, arrangement, audioPath: null, arrangementText);
        }
        catch (BackingArrangementException exception)
        {
            _logger.LogError("Song {SongId} is skipped: {ArrangementFile} {ArrangementError}", id, arrangementPath, exception.Message);
            return null;
        }
    }

    private static string NewUploadId(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
            if (slug.Length >= 40)
                break;
        }

        var stem = slug.ToString().Trim('-');
        var suffix = Guid.NewGuid().ToString("N")[..8];
        return stem.Length == 0 ? "song-" + suffix : stem + "-" + suffix;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial Regex SafeId();
}
