using Microsoft.Extensions.Options;

namespace SingKing.Grains.Takes;

/// <summary>
/// Keeps takes on disk, one folder per take under <c>&lt;data&gt;/takes/&lt;singerId&gt;/&lt;takeId&gt;/</c>:
/// <c>take.json</c>, <c>pitch.csv</c>, while open <c>chunks.journal</c>, once closed <c>audio.wav</c> and <c>chunks.csv</c>
/// (see <see cref="TakeFiles"/>). A take outlives the grain that recorded it: while open, another host's session can
/// carry it on from its files (<see cref="ReopenAsync"/>).
/// </summary>
public sealed class TakeFileStore
{
    private readonly string _takesRoot;

    /// <summary>Creates a store rooted at <see cref="TakeFileStoreOptions.DataPath"/>.</summary>
    public TakeFileStore(IOptions<TakeFileStoreOptions> options)
    {
        var dataPath = options.Value.DataPath;
        if (string.IsNullOrWhiteSpace(dataPath) || !Path.IsPathFullyQualified(dataPath))
            throw new ArgumentException($"The data path must be absolute (got \"{dataPath}\").", nameof(options));
        _takesRoot = Path.Combine(dataPath, "takes");
    }

    /// <summary>The folder that holds (or will hold) a take's files.</summary>
    /// <exception cref="ArgumentException">An id holds characters other than letters, digits, '-' and '_', or is longer than 64.</exception>
    public string GetTakeFolder(string singerId, string takeId)
    {
        // Singer ids come from a cookie: never let one climb out of the data folder.
        EnsureSafeName(singerId, nameof(singerId));
        EnsureSafeName(takeId, nameof(takeId));
        return Path.Combine(_takesRoot, singerId, takeId);
    }

    /// <summary>Creates a take's folder and its files, and returns the writer that appends to them.</summary>
    /// <param name="singerId">Who sings.</param>
    /// <param name="takeId">A new take id; the folder must not exist yet.</param>
    /// <param name="sampleRate">Sample rate of the audio, in Hz.</param>
    /// <param name="startedUtc">When the take starts.</param>
    /// <param name="cancellationToken">Cancels creating the files.</param>
    public Task<TakeFiles> CreateAsync(string singerId, string takeId, int sampleRate, DateTimeOffset startedUtc, CancellationToken cancellationToken) =>
        CreateAsync(singerId, takeId, sampleRate, startedUtc, setup: null, cancellationToken);

    /// <summary>Creates a take's folder and its files, recording how the take was started, and returns the writer.</summary>
    /// <param name="singerId">Who sings.</param>
    /// <param name="takeId">A new take id; the folder must not exist yet.</param>
    /// <param name="sampleRate">Sample rate of the audio, in Hz.</param>
    /// <param name="startedUtc">When the take starts.</param>
    /// <param name="setup">How the take was started (song, difficulty, latency, practice).</param>
    /// <param name="cancellationToken">Cancels creating the files.</param>
    public async Task<TakeFiles> CreateAsync(string singerId, string takeId, int sampleRate, DateTimeOffset startedUtc, TakeSetup? setup, CancellationToken cancellationToken)
    {
        var folder = GetTakeFolder(singerId, takeId);
        Directory.CreateDirectory(folder);
        var record = new TakeRecord(singerId, takeId, startedUtc, EndedUtc: null, sampleRate, 0, 0, 0, [], TakeStatus.Open, Range: null, Setup: setup);
        return await TakeFiles.CreateAsync(folder, record, cancellationToken);
    }

    /// <summary>
    /// Opens the files of a take that is still open on disk but held by no session (its host went away), to carry it
    /// on: the journal keeps exactly its whole records, pitch.csv starts again empty for the frames the replay
    /// makes, and gaps recorded after the last kept chunk are dropped. Null when there is no such take, or it ended.
    /// </summary>
    /// <param name="singerId">Whose take: only the singer's own folder is looked in.</param>
    /// <param name="takeId">The take.</param>
    /// <param name="cancellationToken">Cancels reading and rewriting the files.</param>
    public async Task<ReopenedTake?> ReopenAsync(string singerId, string takeId, CancellationToken cancellationToken)
    {
        if (!IsSafeName(singerId) || !IsSafeName(takeId))
            return null;
        var folder = GetTakeFolder(singerId, takeId);
        if (await TakeFiles.ReadRecordAsync(folder, cancellationToken) is not { Status: TakeStatus.Open } record)
            return null;
        var chunks = await TakeFiles.ReadChunksAsync(folder, cancellationToken);
        var files = await TakeFiles.ReopenAsync(folder, record, chunks, cancellationToken);
        return new ReopenedTake(files, chunks);
    }

    /// <summary>
    /// The newest take of <paramref name="singerId"/> that is open on disk, or null: a session that lost its take with
    /// its host can tell the singer's client to resume rather than to start again.
    /// </summary>
    /// <param name="singerId">Whose takes.</param>
    /// <param name="cancellationToken">Cancels reading take.json.</param>
    public async Task<TakeRecord?> FindNewestOpenAsync(string singerId, CancellationToken cancellationToken)
    {
        if (!IsSafeName(singerId))
            return null;
        var singerFolder = Path.Combine(_takesRoot, singerId);
        if (!Directory.Exists(singerFolder))
            return null;
        // Take ids are version 7 GUIDs: their text sorts in the order the takes started.
        var newest = Directory.EnumerateDirectories(singerFolder).Select(Path.GetFileName).Max(StringComparer.Ordinal);
        return newest is null ? null : await TakeFiles.ReadRecordAsync(Path.Combine(singerFolder, newest), cancellationToken) is { Status: TakeStatus.Open } open ? open : null;
    }

    private static void EnsureSafeName(string value, string parameterName)
    {
        if (!IsSafeName(value))
            throw new ArgumentException($"\"{value}\" is not a valid id: use 1–64 letters, digits, '-' or '_'.", parameterName);
    }

    /// <summary>True when <paramref name="value"/> can name a folder: 1–64 ASCII letters, digits, '-' or '_'.</summary>
    public static bool IsSafeName(string? value) =>
        value is { Length: > 0 and <= 64 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
