using System.Globalization;
using System.Text;
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
/// the take's length. Each chunk's audio and its chunks.csv row reach the operating system before the chunk is
/// answered, so a crashed host leaves a take another host can carry on (<see cref="ReopenAsync"/>); the WAV
/// header's sizes and the last pitch.csv rows are written when the files are closed or reopened.
/// </summary>
/// <remarks>
/// Per chunk that is two writes, not four: each small write into ext4's page cache costs a few microseconds of
/// kernel time (most of it marking the file's inode dirty), which at hundreds of singers was a tenth of the host's CPU
/// (docs/benchmarks.md, "Singers per host"). Nothing reads audio.wav or pitch.csv while a take is open: reports,
/// replays and saves read them after the take is closed, and carrying a take on cuts audio.wav to its index, rewrites the header and makes pitch.csv again from the audio.
/// </remarks>
public sealed class TakeFiles : IAsyncDisposable
{
    /// <summary>Name of the take's audio: mono 16-bit PCM WAV at the take's sample rate.</summary>
    public const string AudioFileName = "audio.wav";

    /// <summary>Name of the take's pitch frames: CSV with the header <c>time_s,f0_hz,confidence,level_db</c>.</summary>
    public const string PitchFileName = "pitch.csv";

    /// <summary>Name of the take's description (<see cref="TakeRecord"/> as JSON).</summary>
    public const string RecordFileName = "take.json";

    /// <summary>
    /// Name of the take's chunk index: CSV with the header <c>sequence,first_sample,samples,song_s,heard_ms</c>, one row
    /// per accepted chunk (<see cref="TakeChunk"/>), appended after the chunk's audio, so a row always names audio
    /// that is in audio.wav.
    /// </summary>
    public const string ChunkIndexFileName = "chunks.csv";

    private const string ChunkIndexHeader = "sequence,first_sample,samples,song_s,heard_ms\n";

    private const int WavHeaderBytes = 44;

    // Rows of pitch.csv are gathered here across chunks and written when the buffer fills (about 40 chunks of 40 ms)
    // and when the files close; a chunk of the largest size makes about 160 rows, which take a few writes of it.
    private const int RowBufferBytes = 4096;
    private const int MaxRowBytes = 96;
    private const int MaxChunkRowBytes = 128;

    // take.json is rewritten only when the take starts, records a gap or ends; a small buffer holds it.
    private const int FileBufferBytes = 4096;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    // Plain handles written at explicit offsets, synchronously: a chunk's appends are four small writes into the page
    // cache, a few microseconds each. Asynchronous file I/O on Linux runs every write on a thread-pool thread and
    // resumes the grain from there, so per chunk it cost a thread hand-off per write, which under load weighed more than
    // the writes themselves (docs/benchmarks.md, "Singers per host").
    private readonly SafeFileHandle _audio;
    private readonly SafeFileHandle _pitch;
    private readonly SafeFileHandle _chunks;
    private readonly byte[] _header = new byte[WavHeaderBytes];
    private readonly byte[] _rows = new byte[RowBufferBytes];
    private readonly byte[] _chunkRow = new byte[MaxChunkRowBytes];
    private long _dataBytes;
    private long _pitchBytes;
    private int _rowsUsed;
    private long _chunkBytes;
    private bool _closed;

    private TakeFiles(string folder, TakeRecord record, SafeFileHandle audio, SafeFileHandle pitch, SafeFileHandle chunks)
    {
        Folder = folder;
        Record = record;
        _audio = audio;
        _pitch = pitch;
        _chunks = chunks;
    }

    /// <summary>The take's folder.</summary>
    public string Folder { get; }

    /// <summary>What take.json says (or will say at the next write).</summary>
    public TakeRecord Record { get; private set; }

    /// <summary>Samples appended to audio.wav so far.</summary>
    public long SampleCount => _dataBytes / 2;

    /// <summary>Bytes of the fixed buffers this writer holds while open.</summary>
    public static int BufferBytes => RowBufferBytes + WavHeaderBytes + MaxChunkRowBytes;

    internal static async Task<TakeFiles> CreateAsync(string folder, TakeRecord record, CancellationToken cancellationToken)
    {
        var files = Open(folder, record, FileMode.CreateNew, FileMode.CreateNew, FileMode.CreateNew);
        try
        {
            files.WriteAudioHeader();
            files.StartTextFiles([]);
            await files.WriteRecordAsync(cancellationToken);
            return files;
        }
        catch
        {
            await files.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Opens an open take's files again to carry it on (see <see cref="TakeFileStore.ReopenAsync"/>): audio.wav is cut
    /// to the samples of <paramref name="chunks"/>, pitch.csv starts again empty, chunks.csv lists exactly
    /// <paramref name="chunks"/>, and take.json drops gaps that begin after the last of them.
    /// </summary>
    internal static async Task<TakeFiles> ReopenAsync(string folder, TakeRecord record, IReadOnlyList<TakeChunk> chunks, CancellationToken cancellationToken)
    {
        var next = chunks.Count > 0 ? chunks[^1].Sequence + 1 : 0;
        var samples = chunks.Count > 0 ? chunks[^1].FirstSample + chunks[^1].SampleCount : 0;
        record = record with { FrameCount = 0, Gaps = [.. record.Gaps.Where(g => g.FirstSequence < next)] };
        var files = Open(folder, record, FileMode.Open, FileMode.Create, FileMode.Create);
        files._dataBytes = samples * 2;
        try
        {
            // A chunk whose audio was written but whose index row was not never counted as accepted: the client resends it.
            RandomAccess.SetLength(files._audio, WavHeaderBytes + files._dataBytes);
            files.WriteAudioHeader();
            files.StartTextFiles(chunks);
            await files.WriteRecordAsync(cancellationToken);
            return files;
        }
        catch
        {
            await files.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The chunks an open take's index lists whose audio is wholly in audio.wav, in order. A row cut short by a
    /// crash, and any row after it, is left out.
    /// </summary>
    public static async Task<IReadOnlyList<TakeChunk>> ReadChunksAsync(string folder, CancellationToken cancellationToken)
    {
        var audioPath = Path.Combine(folder, AudioFileName);
        var indexPath = Path.Combine(folder, ChunkIndexFileName);
        if (!File.Exists(audioPath) || !File.Exists(indexPath))
            return [];
        var audioSamples = Math.Max(0, new FileInfo(audioPath).Length - WavHeaderBytes) / 2;
        string text;
        using (var reader = new StreamReader(new FileStream(indexPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite)))
            text = await reader.ReadToEndAsync(cancellationToken);

        var chunks = new List<TakeChunk>();
        var expectedFirst = 0L;
        var lines = text.Split('\n');
        // The last element follows the last newline: empty, or a row the crash cut short.
        for (var i = 1; i < lines.Length - 1; i++)
        {
            if (ParseChunk(lines[i]) is not { } chunk || chunk.FirstSample != expectedFirst || chunk.FirstSample + chunk.SampleCount > audioSamples)
                break;
            chunks.Add(chunk);
            expectedFirst += chunk.SampleCount;
        }

        return chunks;
    }

    /// <summary>Appends a row to chunks.csv for a chunk whose audio was just appended, handed to the operating system before it returns.</summary>
    public ValueTask AppendChunkAsync(TakeChunk chunk, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        AppendChunkRow(chunk);
        return ValueTask.CompletedTask;
    }

    /// <summary>Opens audio.wav for reading its samples from the first, while this writer may still append to it.</summary>
    public Stream OpenAudioReader()
    {
        var stream = new FileStream(Path.Combine(Folder, AudioFileName), FileMode.Open, FileAccess.Read, FileShare.ReadWrite, FileBufferBytes, FileOptions.Asynchronous);
        stream.Position = WavHeaderBytes;
        return stream;
    }

    /// <summary>
    /// Appends 16-bit little-endian PCM to audio.wav; the header's sizes follow when the files are closed.
    /// </summary>
    /// <remarks>Completes before it returns: the samples go to the operating system at once.</remarks>
    public ValueTask AppendAudioAsync(ReadOnlyMemory<byte> pcm, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        RandomAccess.Write(_audio, pcm.Span, WavHeaderBytes + _dataBytes);
        _dataBytes += pcm.Length;
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Appends one row per frame to pitch.csv. Rows are gathered in a fixed buffer and reach the file when it fills
    /// and when the files are closed; a take carried on after a crash makes its rows again from its audio.
    /// </summary>
    public ValueTask AppendFramesAsync(IReadOnlyList<PitchFrame> frames, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (frames.Count == 0)
            return ValueTask.CompletedTask;
        var used = _rowsUsed;
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
            used += WritePitchRow(_rows.AsSpan(used, MaxRowBytes), f.TimeSeconds, f.FrequencyHz, f.Confidence, f.LevelDb);
        }

        _rowsUsed = used;
        Record = Record with { FrameCount = Record.FrameCount + frames.Count };
        return ValueTask.CompletedTask;
    }

    // One pitch.csv row, "time_s,f0_hz,confidence,level_db", with the decimals `singking pitch` prints (F3, F2, F3, F1).
    private static int WritePitchRow(Span<byte> row, double time, double frequency, double confidence, double level)
    {
        var at = 0;
        Field(row, ref at, time, 3, ',');
        Field(row, ref at, frequency, 2, ',');
        Field(row, ref at, confidence, 3, ',');
        Field(row, ref at, level, 1, '\n');
        return at;

        static void Field(Span<byte> row, ref int at, double value, int decimals, char end)
        {
            if (!FixedDecimal.TryWrite(row[at..], value, decimals, out var written) || at + written >= row.Length)
                throw new InvalidOperationException("A pitch.csv row did not fit its buffer.");
            at += written;
            row[at++] = (byte)end;
        }
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

    /// <summary>
    /// Writes the gathered pitch.csv rows and audio.wav's header sizes, then closes the files; take.json keeps what it
    /// last said.
    /// </summary>
    public ValueTask DisposeAsync()
    {
        if (_closed)
            return ValueTask.CompletedTask;
        _closed = true;
        try
        {
            AppendPitch(_rows.AsSpan(0, _rowsUsed));
            _rowsUsed = 0;
            WriteAudioHeader();
        }
        finally
        {
            _pitch.Dispose();
            _chunks.Dispose();
            _audio.Dispose();
        }

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

    // The three handles, or none: a file that cannot be opened closes the ones opened before it.
    private static TakeFiles Open(string folder, TakeRecord record, FileMode audioMode, FileMode pitchMode, FileMode chunkMode)
    {
        var handles = new List<SafeFileHandle>(3);
        try
        {
            handles.Add(File.OpenHandle(Path.Combine(folder, AudioFileName), audioMode, FileAccess.Write, FileShare.Read));
            handles.Add(File.OpenHandle(Path.Combine(folder, PitchFileName), pitchMode, FileAccess.Write, FileShare.Read));
            handles.Add(File.OpenHandle(Path.Combine(folder, ChunkIndexFileName), chunkMode, FileAccess.Write, FileShare.Read));
            return new TakeFiles(folder, record, handles[0], handles[1], handles[2]);
        }
        catch
        {
            foreach (var handle in handles)
                handle.Dispose();
            throw;
        }
    }

    private void StartTextFiles(IReadOnlyList<TakeChunk> chunks)
    {
        // The header goes out at once: a crash before the first rows are written still leaves a readable pitch.csv.
        AppendPitch("time_s,f0_hz,confidence,level_db\n"u8);
        var header = Encoding.UTF8.GetBytes(ChunkIndexHeader);
        RandomAccess.Write(_chunks, header, _chunkBytes);
        _chunkBytes += header.Length;
        foreach (var chunk in chunks)
            AppendChunkRow(chunk);
    }

    private void AppendChunkRow(TakeChunk chunk)
    {
        if (!Utf8.TryWrite(_chunkRow, CultureInfo.InvariantCulture, $"{chunk.Sequence},{chunk.FirstSample},{chunk.SampleCount},{chunk.SongSeconds:R},{chunk.HeardUtc.ToUnixTimeMilliseconds()}\n", out var written))
            throw new InvalidOperationException("A chunks.csv row did not fit its buffer.");
        RandomAccess.Write(_chunks, _chunkRow.AsSpan(0, written), _chunkBytes);
        _chunkBytes += written;
    }

    private static TakeChunk? ParseChunk(string line)
    {
        var fields = line.Split(',');
        var invariant = CultureInfo.InvariantCulture;
        if (fields.Length != 5
            || !long.TryParse(fields[0], invariant, out var sequence)
            || !long.TryParse(fields[1], invariant, out var firstSample)
            || !int.TryParse(fields[2], invariant, out var samples)
            || !long.TryParse(fields[4], invariant, out var heardMs))
        {
            return null;
        }

        double? songSeconds = null;
        if (fields[3].Length > 0)
        {
            if (!double.TryParse(fields[3], NumberStyles.Float, invariant, out var mark))
                return null;
            songSeconds = mark;
        }

        return new TakeChunk(sequence, firstSample, samples, songSeconds, DateTimeOffset.FromUnixTimeMilliseconds(heardMs));
    }

    private void WriteAudioHeader()
    {
        WavHeader.Write(_header, new WavFormat(Record.SampleRate, 1, 16, WavEncoding.Pcm), _dataBytes);
        RandomAccess.Write(_audio, _header, 0);
    }

    private void AppendPitch(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return;
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
