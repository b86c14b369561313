using Microsoft.Extensions.Options;

namespace SingKing.Grains.Takes;

/// <summary>
/// Keeps takes on disk, one folder per take under <c>&lt;data&gt;/takes/&lt;singerId&gt;/&lt;takeId&gt;/</c>:
/// <c>audio.wav</c>, <c>pitch.csv</c> and <c>take.json</c>. A take outlives the grain that recorded it.
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
    public async Task<TakeFiles> CreateAsync(string singerId, string takeId, int sampleRate, DateTimeOffset startedUtc, CancellationToken cancellationToken)
    {
        var folder = GetTakeFolder(singerId, takeId);
        Directory.CreateDirectory(folder);
        var record = new TakeRecord(singerId, takeId, startedUtc, EndedUtc: null, sampleRate, 0, 0, 0, [], TakeStatus.Open, Range: null);
        return await TakeFiles.CreateAsync(folder, record, cancellationToken);
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
