using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.Win32.SafeHandles;
using SingKing.Dsp.Audio;
using SingKing.Dsp.Pitch;
using SingKing.Grains.Sessions;

namespace SingKing.Grains.Takes;

/// <summary>
/// Appends one take's audio and pitch frames to its files as they arrive, so memory stays bounded whatever
/// the take's length, and keeps every file readable after each append: the WAV header's sizes are rewritten
/// and both files flushed to the operating system, so a crashed host leaves a playable take behind.
/// </summary>
public sealed class TakeFiles : IAsyncDisposable
{
    /// <summary>Name of the take's audio: mono 16-bit PCM WAV at the take's sample rate.</summary>
    public const string AudioFileName = "audio.wav";

    /// <summary>Name of the take's pitch frames: CSV with the header <c>time_s,f0_hz,confidence,level_db</c>.</summary>
    public const string PitchFileName = "pitch.csv";

    /// <summary>Name of the take's description (<see cref="TakeRecord"/> as JSON).</summary>
    public const string RecordFileName = "take.json";

    private const int WavHeaderBytes = 44;

    // Rows of pitch.csv are gathered here and written with one call per chunk; a chunk of the largest size makes about
    // 160 rows, which take a few writes of this buffer.
    private const int RowBufferBytes = 4096;
    private const int MaxRowBytes = 96;

    // take.json is rewritten only when the take starts, records a gap or ends; a small buffer holds it.
    private const int FileBufferBytes = 4096;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    // Plain handles written at explicit offsets, synchronously: a chunk's appends are three small writes into the page
    // cache, a few microseconds each. Asynchronous file I/O on Linux runs every write on a thread-pool thread and
    // resumes the grain from there, so per chunk it cost three thread hand-offs, which under load weighed more than
    // the writes themselves (docs/benchmarks.md, "Singers per host").
    private readonly SafeFileHandle _audio;
    private readonly SafeFileHandle _pitch;
    private readonly byte[] _header = new byte[WavHeaderBytes];
    private readonly byte[] _rows = new byte[RowBufferBytes];
    private long _dataBytes;
    private long _pitchBytes;
    private bool _closed;

    private TakeFiles(string folder, TakeRecord record, SafeFileHandle audio, SafeFileHandle pitch)
    {
        Folder = folder;
        Record = record;
        _audio = audio;
        _pitch = pitch;
    }

    /// <summary>The take's folder.</summary>
    public string Folder { get; }

    /// <summary>What take.json says (or will say at the next write).</summary>
    public TakeRecord Record { get; private set; }

    /// <summary>Samples appended to audio.wav so far.</summary>
    public long SampleCount => _dataBytes / 2;

    /// <summary>Bytes of the fixed buffers this writer holds while open.</summary>
    public static int BufferBytes => RowBufferBytes + WavHeaderBytes;

    internal static async Task<TakeFiles> CreateAsync(string folder, TakeRecord record, CancellationToken cancellationToken)
    {
        var audio = OpenNew(Path.Combine(folder, AudioFileName));
        SafeFileHandle pitch;
        try
        {
            pitch = OpenNew(Path.Combine(folder, PitchFileName));
        }
        catch
        {
            audio.Dispose();
            throw;
        }

        var files = new TakeFiles(folder, record, audio, pitch);
        try
        {
            files.WriteAudioHeader();
            files.AppendPitch("time_s,f0_hz,confidence,level_db\n"u8);
            await files.WriteRecordAsync(cancellationToken);
            return files;
        }
        catch
        {
            await files.DisposeAsync();
            throw;
        }
    }

    /// <summary>Appends 16-bit little-endian PCM to audio.wav and updates its header.</summary>
    /// <remarks>Completes before it returns: the writes go to the operating system at once.</remarks>
    public ValueTask AppendAudioAsync(ReadOnlyMemory<byte> pcm, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        RandomAccess.Write(_audio, pcm.Span, WavHeaderBytes + _dataBytes);
        _dataBytes += pcm.Length;
        WriteAudioHeader();
        return ValueTask.CompletedTask;
    }

    /// <summary>Appends one row per frame to pitch.csv, handed to the operating system before it returns.</summary>
    public ValueTask AppendFramesAsync(IReadOnlyList<PitchFrame> frames, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (frames.Count == 0)
            return ValueTask.CompletedTask;
        var used = 0;
        for (var i = 0; i < frames.Count; i++)
        {
            if (used > RowBufferBytes - MaxRowBytes)
            {
                AppendPitch(_rows.AsSpan(0, used));
                used = 0;
            }

            // Widened to double first: a float is rounded to 7 digits before the format's rounding, so 220.00496
            // would become 220.005 and then 220.01.
            var f = frames[i];
            if (!Utf8.TryWrite(_rows.AsSpan(used, MaxRowBytes), CultureInfo.InvariantCulture, $"{f.TimeSeconds:0.000},{(double)f.FrequencyHz:0.00},{(double)f.Confidence:0.000},{(double)f.LevelDb:0.0}\n", out var written))
                throw new InvalidOperationException("A pitch.csv row did not fit its buffer.");
            used += written;
        }

        AppendPitch(_rows.AsSpan(0, used));
        Record = Record with { FrameCount = Record.FrameCount + frames.Count };
        return ValueTask.CompletedTask;
    }

    /// <summary>Records chunks that never arrived, and rewrites take.json so the gap survives a crash.</summary>
    public async Task RecordGapAsync(ChunkGap gap, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        Record = Record with { Gaps = [.. Record.Gaps, gap] };
        await WriteRecordAsync(cancellationToken);
    }

    /// <summary>Closes audio.wav and pitch.csv and writes the final take.json of a take without a song.</summary>
    /// <param name="status">Complete or abandoned.</param>
    /// <param name="endedUtc">When the take ended.</param>
    /// <param name="range">The range sung in the whole take, or null when no note was held stably.</param>
    /// <param name="cancellationToken">Cancels writing take.json.</param>
    public Task CloseAsync(TakeStatus status, DateTimeOffset endedUtc, TakeRange? range, CancellationToken cancellationToken) =>
        CloseAsync(status, endedUtc, range, karaoke: null, cancellationToken);

    /// <summary>Closes audio.wav and pitch.csv and writes the final take.json.</summary>
    /// <param name="status">Complete or abandoned.</param>
    /// <param name="endedUtc">When the take ended.</param>
    /// <param name="range">The range sung in the whole take, or null when no note was held stably.</param>
    /// <param name="karaoke">How the take scored against its song, or null without a song.</param>
    /// <param name="cancellationToken">Cancels writing take.json.</param>
    public async Task CloseAsync(TakeStatus status, DateTimeOffset endedUtc, TakeRange? range, KaraokeSummary? karaoke, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        await DisposeAsync();
        Record = Record with { Status = status, EndedUtc = endedUtc, Range = range, Karaoke = karaoke };
        await WriteRecordAsync(cancellationToken);
    }

    /// <summary>Closes the files; take.json keeps what it last said.</summary>
    public ValueTask DisposeAsync()
    {
        if (_closed)
            return ValueTask.CompletedTask;
        _closed = true;
        _pitch.Dispose();
        _audio.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Reads the take.json in <paramref name="folder"/>, or null when the folder holds no take.</summary>
    /// <exception cref="JsonException">take.json is damaged.</exception>
    public static async Task<TakeRecord?> ReadRecordAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, RecordFileName);
        if (!File.Exists(path))
            return null;
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<TakeRecord>(stream, JsonOptions, cancellationToken);
    }

    private static SafeFileHandle OpenNew(string path) =>
        File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);

    private void WriteAudioHeader()
    {
        WavHeader.Write(_header, new WavFormat(Record.SampleRate, 1, 16, WavEncoding.Pcm), _dataBytes);
        RandomAccess.Write(_audio, _header, 0);
    }

    private void AppendPitch(ReadOnlySpan<byte> bytes)
    {
        RandomAccess.Write(_pitch, bytes, _pitchBytes);
        _pitchBytes += bytes.Length;
    }

    private async Task WriteRecordAsync(CancellationToken cancellationToken)
    {
        Record = Record with
        {
            SampleCount = SampleCount,
            DurationSeconds = (double)SampleCount / Record.SampleRate,
        };

        // Write beside and rename, so a reader never sees half a take.json.
        var path = Path.Combine(Folder, RecordFileName);
        var temporary = path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, FileBufferBytes, FileOptions.Asynchronous))
        {
            await JsonSerializer.SerializeAsync(stream, Record, JsonOptions, cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
