using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
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

    // Small buffers: each chunk is flushed anyway, so a buffer only needs to hold one chunk's frames.
    private const int FileBufferBytes = 4096;
    private const int PitchWriterBufferChars = 1024;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly FileStream _audio;
    private readonly StreamWriter _pitch;
    private readonly byte[] _header = new byte[WavHeaderBytes];
    private readonly char[] _line = new char[96];
    private long _dataBytes;
    private bool _closed;

    private TakeFiles(string folder, TakeRecord record, FileStream audio, StreamWriter pitch)
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
    public static int BufferBytes => FileBufferBytes * 2 + PitchWriterBufferChars * sizeof(char) + WavHeaderBytes + 96 * sizeof(char);

    internal static async Task<TakeFiles> CreateAsync(string folder, TakeRecord record, CancellationToken cancellationToken)
    {
        var audio = OpenNew(Path.Combine(folder, AudioFileName));
        var pitch = new StreamWriter(OpenNew(Path.Combine(folder, PitchFileName)), new UTF8Encoding(false), PitchWriterBufferChars);
        var files = new TakeFiles(folder, record, audio, pitch);
        try
        {
            await files.WriteAudioHeaderAsync(cancellationToken);
            await pitch.WriteAsync("time_s,f0_hz,confidence,level_db\n".AsMemory(), cancellationToken);
            await pitch.FlushAsync(cancellationToken);
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
    public async ValueTask AppendAudioAsync(ReadOnlyMemory<byte> pcm, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        _audio.Position = WavHeaderBytes + _dataBytes;
        await _audio.WriteAsync(pcm, cancellationToken);
        _dataBytes += pcm.Length;
        await WriteAudioHeaderAsync(cancellationToken);
    }

    /// <summary>Appends one row per frame to pitch.csv and flushes it.</summary>
    public async ValueTask AppendFramesAsync(IReadOnlyList<PitchFrame> frames, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (frames.Count == 0)
            return;
        for (var i = 0; i < frames.Count; i++)
        {
            // Widened to double first: a float is rounded to 7 digits before the format's rounding, so 220.00496
            // would become 220.005 and then 220.01.
            var f = frames[i];
            if (!_line.AsSpan().TryWrite(CultureInfo.InvariantCulture, $"{f.TimeSeconds:0.000},{(double)f.FrequencyHz:0.00},{(double)f.Confidence:0.000},{(double)f.LevelDb:0.0}\n", out var written))
                throw new InvalidOperationException("A pitch.csv row did not fit its buffer.");
            await _pitch.WriteAsync(_line.AsMemory(0, written), cancellationToken);
        }

        await _pitch.FlushAsync(cancellationToken);
        Record = Record with { FrameCount = Record.FrameCount + frames.Count };
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
    public async ValueTask DisposeAsync()
    {
        if (_closed)
            return;
        _closed = true;
        await _pitch.DisposeAsync();
        await _audio.DisposeAsync();
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

    private static FileStream OpenNew(string path) =>
        new(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, FileBufferBytes, FileOptions.Asynchronous);

    private async ValueTask WriteAudioHeaderAsync(CancellationToken cancellationToken)
    {
        WavHeader.Write(_header, new WavFormat(Record.SampleRate, 1, 16, WavEncoding.Pcm), _dataBytes);
        _audio.Position = 0;
        await _audio.WriteAsync(_header, cancellationToken);
        await _audio.FlushAsync(cancellationToken);
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
