using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SingKing.Dsp.Audio;
using SingKing.Dsp.Synthesis;

namespace SingKing.Host.Songs;

/// <summary>
/// Renders each bundled song's backing track once, into <c>&lt;DataPath&gt;/songs/&lt;id&gt;/backing.wav</c>, on its
/// first request. The file is rendered again when the chart or arrangement changes (a fingerprint of both sits
/// beside it), so the repository ships only text and every copy of it plays the same audio.
/// </summary>
public sealed class BackingTrackCache
{
    /// <summary>File name of a rendered backing track.</summary>
    public const string BackingFileName = "backing.wav";

    /// <summary>File name of a rendered backing track with the melody played softly on top.</summary>
    public const string GuideFileName = "backing-guide.wav";

    // Bump when the renderer's sound changes, so cached files from older builds are rendered again.
    private const string RendererVersion = "1";

    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _renders = new(StringComparer.Ordinal);
    private readonly SongLibraryOptions _options;
    private readonly ILogger<BackingTrackCache> _logger;

    /// <summary>Creates the cache under <see cref="SongLibraryOptions.DataPath"/>.</summary>
    public BackingTrackCache(IOptions<SongLibraryOptions> options, ILogger<BackingTrackCache> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>
    /// Path of <paramref name="song"/>'s audio: the uploaded file, or the backing track (with the melody played softly
    /// on top when <paramref name="guideMelody"/> is set), rendered now if it is not on disk yet. Concurrent requests
    /// for the same track share one render. Uploaded songs have only their own audio, whatever <paramref name="guideMelody"/> says.
    /// </summary>
    public Task<string> AudioPathAsync(Song song, bool guideMelody = false)
    {
        ArgumentNullException.ThrowIfNull(song);
        if (song.AudioPath is { } uploaded)
            return Task.FromResult(uploaded);
        var key = guideMelody ? song.Id + "|guide" : song.Id;
        var render = _renders.GetOrAdd(key, _ => new Lazy<Task<string>>(() => Task.Run(() => EnsureRendered(song, guideMelody, key))));
        return render.Value;
    }

    private string EnsureRendered(Song song, bool guideMelody, string key)
    {
        try
        {
            return Render(song, guideMelody);
        }
        catch
        {
            // Forget the failed render, so the next request tries again instead of replaying the failure.
            _renders.TryRemove(key, out _);
            throw;
        }
    }

    private string Render(Song song, bool guideMelody)
    {
        var folder = Path.Combine(_options.DataPath, "songs", song.Id);
        var path = Path.Combine(folder, guideMelody ? GuideFileName : BackingFileName);
        var fingerprintPath = path + ".fingerprint";
        var fingerprint = Fingerprint(song, guideMelody);
        if (File.Exists(path) && File.Exists(fingerprintPath) && File.ReadAllText(fingerprintPath) == fingerprint)
            return path;

        Directory.CreateDirectory(folder);
        var started = TimeProvider.System.GetTimestamp();
        var samples = BackingTrackRenderer.Render(song.Chart, song.Arrangement!, new BackingTrackOptions { SampleRate = _options.BackingSampleRate, GuideMelody = guideMelody });
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        using (var file = File.Create(temporary))
            WavWriter.Write(file, samples, _options.BackingSampleRate);
        File.Move(temporary, path, overwrite: true);
        File.WriteAllText(fingerprintPath, fingerprint);
        _logger.LogInformation("Rendered the backing track{Guide} of {SongId} ({Seconds:F1} s of audio) in {ElapsedMs:F0} ms",
            guideMelody ? " with guide melody" : "", song.Id, samples.Length / (double)_options.BackingSampleRate, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        return path;
    }

    private string Fingerprint(Song song, bool guideMelody)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{RendererVersion}|{_options.BackingSampleRate}|{guideMelody}|"));
        hash.AppendData(song.ChartBytes);
        hash.AppendData(Encoding.UTF8.GetBytes(song.ArrangementText ?? ""));
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
