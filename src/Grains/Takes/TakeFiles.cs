using System.Buffers;
using System.Buffers.Binary;
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
/// the take's length. Each chunk becomes one record of the take's journal (its index fields, then its audio); records
/// are gathered in a small buffer and reach the operating system together, once the next one would not fit
/// (<see cref="KeptSequence"/> says how far they have), so a crashed host leaves a take another host can carry on from
/// its last kept chunk (<see cref="ReopenAsync"/>). When the take closes, the journal becomes audio.wav and chunks.csv;
/// the last pitch.csv rows are written when the files are closed or disposed.
/// </summary>
/// <remarks>
/// Each small write into ext4's page cache costs several microseconds of kernel time (most of it marking the file's
/// inode dirty), whatever its size: one write per 40 ms chunk was a tenth of the host's CPU at 500 singers
/// (docs/benchmarks.md, "Singers per host"). Gathering about 8 KB (six or seven such chunks) pays it once for all of
/// them; the client keeps every chunk until the session says it is kept, and sends it again after a lost host.
/// Nothing reads audio.wav or pitch.csv while a take is open: reports, replays and saves read them after the take is
/// closed, and carrying a take on cuts the journal to its last whole record and makes pitch.csv again from the audio.
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
    /// per accepted chunk (<see cref="TakeChunk"/>), written from the journal when the take closes.
    /// </summary>
    public const string ChunkIndexFileName = "chunks.csv";

    /// <summary>
    /// Name of an open take's journal: per accepted chunk one record, a 40-byte little-endian header (the magic
    /// <c>SKCH</c>, the audio's length in bytes, the sequence, the first sample, the song mark in seconds or NaN, and
    /// when the chunk was heard in Unix milliseconds) and then the chunk's 16-bit PCM. Removed once the take has closed.
    /// </summary>
    public const string JournalFileName = "chunks.journal";

    private const string ChunkIndexHeader = "sequence,first_sample,samples,song_s,heard_ms\n";

    private const int WavHeaderBytes = 44;
    private const int RecordHeaderBytes = 40;
    private const uint RecordMagic = 0x48434B53; // "SKCH" read as little-endian bytes
    private const int CopyBufferBytes = 64 * 1024;

    // Records wait in memory until the next one would not fit; that one then goes out with them in one write. The
    // buffer has room for one more header, so a record's header always joins the waiting records.
    private const int JournalBufferBytes = 8 * 1024;

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

    // The span of heard times a record may hold; anything outside it is not a record this writer made.
    private static readonly long MinUnixMilliseconds = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly long MaxUnixMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    // Plain handles written at explicit offsets, synchronously: a chunk's append is one small write into the page
    // cache, a few microseconds. Asynchronous file I/O on Linux runs every write on a thread-pool thread and resumes the
    // grain from there, so per chunk it cost a thread hand-off per write, which under load weighed more than the writes
    // themselves (docs/benchmarks.md, "Singers per host").
    private readonly SafeFileHandle _journal;
    private readonly SafeFileHandle _pitch;
    private readonly byte[] _records = new byte[JournalBufferBytes + RecordHeaderBytes];
    private readonly ReadOnlyMemory<byte>[] _recordParts = new ReadOnlyMemory<byte>[2];
    private readonly byte[] _rows = new byte[RowBufferBytes];
    private long _dataBytes;
    private long _journalBytes;
    private int _recordsWaiting;
    private long _lastWaitingSequence;
    private TakeRecord _record;
    private long _frameCount;
    private long _pitchBytes;
    private int _rowsUsed;
    private bool _closed;

    private TakeFiles(string folder, TakeRecord record, SafeFileHandle journal, SafeFileHandle pitch)
    {
        Folder = folder;
        _record = record;
        _frameCount = record.FrameCount;
        _journal = journal;
        _pitch = pitch;
    }

    /// <summary>The take's folder.</summary>
    public string Folder { get; }

    /// <summary>What take.json says (or will say at the next write).</summary>
    public TakeRecord Record
    {
        // The frame count changes with every chunk; the record takes it on only when it is read, rarely while open.
        get => _record.FrameCount == _frameCount ? _record : _record = _record with { FrameCount = _frameCount };
        private set
        {
            _record = value;
            _frameCount = value.FrameCount;
        }
    }

    /// <summary>Samples appended so far.</summary>
    public long SampleCount => _dataBytes / 2;

    /// <summary>
    /// The sequence number of the last chunk whose record has reached the operating system (with every chunk before it),
    /// or -1 before the first: a host that dies from here leaves these chunks for the next host, and the client need not
    /// keep them. Chunks appended after it are still in this writer's buffer.
    /// </summary>
    public long KeptSequence { get; private set; } = -1;

    /// <summary>Bytes of the fixed buffers this writer holds while open.</summary>
    public static int BufferBytes => RowBufferBytes + JournalBufferBytes + RecordHeaderBytes;

    internal static async Task<TakeFiles> CreateAsync(string folder, TakeRecord record, CancellationToken cancellationToken)
    {
        var files = Open(folder, record, FileMode.CreateNew, FileMode.CreateNew);
        try
        {
            // audio.wav is there from the start, empty until the take closes.
            WriteEmptyAudio(folder, record.SampleRate, FileMode.CreateNew);
            files.StartPitchFile();
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
    /// Opens an open take's files again to carry it on (see <see cref="TakeFileStore.ReopenAsync"/>): the journal is cut
    /// to the records of <paramref name="chunks"/>, pitch.csv and audio.wav start again empty, and take.json drops gaps
    /// that begin after the last of the chunks.
    /// </summary>
    internal static async Task<TakeFiles> ReopenAsync(string folder, TakeRecord record, IReadOnlyList<TakeChunk> chunks, CancellationToken cancellationToken)
    {
        var next = chunks.Count > 0 ? chunks[^1].Sequence + 1 : 0;
        var samples = chunks.Count > 0 ? chunks[^1].FirstSample + chunks[^1].SampleCount : 0;
        record = record with { FrameCount = 0, Gaps = [.. record.Gaps.Where(g => g.FirstSequence < next)] };
        // A journal is missing only if the host died between creating the take's files; it then held no chunk.
        var files = Open(folder, record, FileMode.OpenOrCreate, FileMode.Create);
        files._dataBytes = samples * 2;
        files._journalBytes = chunks.Count * (long)RecordHeaderBytes + files._dataBytes;
        files.KeptSequence = next - 1;
        try
        {
            // A chunk whose record was cut short never counted as accepted: the client resends it.
            RandomAccess.SetLength(files._journal, files._journalBytes);
            // A host that died while closing the take may have begun audio.wav; it is made again when the take closes.
            WriteEmptyAudio(folder, record.SampleRate, FileMode.Create);
            files.StartPitchFile();
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
    /// The chunks an open take's journal holds whole, in order. A record cut short by a crash, and anything after it,
    /// is left out.
    /// </summary>
    public static async Task<IReadOnlyList<TakeChunk>> ReadChunksAsync(string folder, CancellationToken cancellationToken)
    {
        var chunks = new List<TakeChunk>();
        var path = Path.Combine(folder, JournalFileName);
        if (!File.Exists(path))
            return chunks;
        await using var journal = OpenJournal(path);
        var header = new byte[RecordHeaderBytes];
        var expectedFirst = 0L;
        while (await ReadRecordHeaderAsync(journal, header, expectedFirst, cancellationToken) is { } chunk)
        {
            var pcmBytes = chunk.SampleCount * 2L;
            if (journal.Length - journal.Position < pcmBytes)
                break;
            journal.Seek(pcmBytes, SeekOrigin.Current);
            chunks.Add(chunk);
            expectedFirst += chunk.SampleCount;
        }

        return chunks;
    }

    /// <summary>
    /// Appends one accepted chunk, its index fields and then its 16-bit little-endian PCM, as one record of the journal;
    /// audio.wav and chunks.csv are made from the journal when the take closes.
    /// </summary>
    /// <remarks>
    /// Completes before it returns: the record joins the records waiting in memory, or, when it would not fit beside
    /// them, goes to the operating system with them in one write (<see cref="KeptSequence"/> then moves to it).
    /// </remarks>
    public ValueTask AppendChunkAsync(TakeChunk chunk, ReadOnlyMemory<byte> pcm, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (chunk.FirstSample != SampleCount || chunk.SampleCount * 2L != pcm.Length)
            throw new ArgumentException($"Chunk {chunk.Sequence} must start at sample {SampleCount} and hold {pcm.Length / 2} samples.", nameof(chunk));
        var waiting = _recordsWaiting;
        WriteRecordHeader(_records.AsSpan(waiting, RecordHeaderBytes), chunk);
        if (waiting + RecordHeaderBytes + pcm.Length <= JournalBufferBytes)
        {
            pcm.Span.CopyTo(_records.AsSpan(waiting + RecordHeaderBytes));
            _recordsWaiting = waiting + RecordHeaderBytes + pcm.Length;
            _lastWaitingSequence = chunk.Sequence;
        }
        else
        {
            _recordParts[0] = _records.AsMemory(0, waiting + RecordHeaderBytes);
            _recordParts[1] = pcm;
            var written = _journalBytes - waiting;
            RandomAccess.Write(_journal, _recordParts, written);
            _recordParts[1] = default;
            _recordsWaiting = 0;
            KeptSequence = chunk.Sequence;
        }

        _journalBytes += RecordHeaderBytes + pcm.Length;
        _dataBytes += pcm.Length;
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes the records waiting in memory, so every chunk appended so far is kept (<see cref="KeptSequence"/>).</summary>
    public void WriteWaitingChunks()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        WriteWaitingRecords();
    }

    private void WriteWaitingRecords()
    {
        if (_recordsWaiting == 0)
            return;
        RandomAccess.Write(_journal, _records.AsSpan(0, _recordsWaiting), _journalBytes - _recordsWaiting);
        _recordsWaiting = 0;
        KeptSequence = _lastWaitingSequence;
    }

    /// <summary>Opens the journal for reading its chunks' audio from the first (<see cref="ReadChunkAudioAsync"/>), while this writer may still append to it.</summary>
    public Stream OpenJournalReader() => OpenJournal(Path.Combine(Folder, JournalFileName));

    /// <summary>Reads the next record's audio from a <see cref="OpenJournalReader"/> stream into <paramref name="pcm"/>, which must be its size.</summary>
    public static async ValueTask ReadChunkAudioAsync(Stream journal, Memory<byte> pcm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journal);
        journal.Seek(RecordHeaderBytes, SeekOrigin.Current);
        await journal.ReadExactlyAsync(pcm, cancellationToken);
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
        _frameCount += frames.Count;
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

    /// <summary>Makes audio.wav and chunks.csv from the journal, closes pitch.csv and writes the final take.json of a take without a song.</summary>
    /// <param name="status">Complete or abandoned.</param>
    /// <param name="endedUtc">When the take ended.</param>
    /// <param name="range">The range sung in the whole take, or null when no note was held stably.</param>
    /// <param name="cancellationToken">Cancels writing take.json.</param>
    public Task CloseAsync(TakeStatus status, DateTimeOffset endedUtc, TakeRange? range, CancellationToken cancellationToken) =>
        CloseAsync(status, endedUtc, range, karaoke: null, cancellationToken);

    /// <summary>Makes audio.wav and chunks.csv from the journal, closes pitch.csv and writes the final take.json.</summary>
    /// <param name="status">Complete or abandoned.</param>
    /// <param name="endedUtc">When the take ended.</param>
    /// <param name="range">The range sung in the whole take, or null when no note was held stably.</param>
    /// <param name="karaoke">How the take scored against its song, or null without a song.</param>
    /// <param name="cancellationToken">Cancels making the files and writing take.json.</param>
    public async Task CloseAsync(TakeStatus status, DateTimeOffset endedUtc, TakeRange? range, KaraokeSummary? karaoke, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        await DisposeAsync();
        // audio.wav and chunks.csv are whole before take.json says the take ended: a host that dies in between leaves a
        // take that is still open, with its journal, and the next host makes them again.
        await WriteAudioAndIndexAsync(cancellationToken);
        Record = Record with { Status = status, EndedUtc = endedUtc, Range = range, Karaoke = karaoke };
        await WriteRecordAsync(cancellationToken);
        File.Delete(Path.Combine(Folder, JournalFileName));
    }

    /// <summary>
    /// Writes the journal records and pitch.csv rows waiting in memory and closes the files; the take stays open on disk
    /// (its journal whole, take.json as it last was), so it can be carried on.
    /// </summary>
    public ValueTask DisposeAsync()
    {
        if (_closed)
            return ValueTask.CompletedTask;
        _closed = true;
        try
        {
            WriteWaitingRecords();
            AppendPitch(_rows.AsSpan(0, _rowsUsed));
            _rowsUsed = 0;
        }
        finally
        {
            _pitch.Dispose();
            _journal.Dispose();
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

    // Both handles, or none: a file that cannot be opened closes the one opened before it.
    private static TakeFiles Open(string folder, TakeRecord record, FileMode journalMode, FileMode pitchMode)
    {
        var journal = File.OpenHandle(Path.Combine(folder, JournalFileName), journalMode, FileAccess.Write, FileShare.Read);
        try
        {
            var pitch = File.OpenHandle(Path.Combine(folder, PitchFileName), pitchMode, FileAccess.Write, FileShare.Read);
            return new TakeFiles(folder, record, journal, pitch);
        }
        catch
        {
            journal.Dispose();
            throw;
        }
    }

    private static FileStream OpenJournal(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, CopyBufferBytes, FileOptions.SequentialScan);

    // audio.wav with its header and no samples.
    private static void WriteEmptyAudio(string folder, int sampleRate, FileMode mode)
    {
        var header = new byte[WavHeaderBytes];
        WavHeader.Write(header, new WavFormat(sampleRate, 1, 16, WavEncoding.Pcm), 0);
        using var audio = File.OpenHandle(Path.Combine(folder, AudioFileName), mode, FileAccess.Write, FileShare.Read);
        RandomAccess.Write(audio, header, 0);
        RandomAccess.SetLength(audio, WavHeaderBytes);
    }

    private void StartPitchFile() =>
        // The header goes out at once: a crash before the first rows are written still leaves a readable pitch.csv.
        AppendPitch("time_s,f0_hz,confidence,level_db\n"u8);

    // The journal's records in order, as audio.wav (its header giving the size) and chunks.csv.
    private async Task WriteAudioAndIndexAsync(CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(AudioChunkRules.MaxChunkBytes);
        try
        {
            await using var journal = OpenJournal(Path.Combine(Folder, JournalFileName));
            await using var audio = new FileStream(Path.Combine(Folder, AudioFileName), FileMode.Create, FileAccess.Write, FileShare.Read, CopyBufferBytes);
            await using var index = new FileStream(Path.Combine(Folder, ChunkIndexFileName), FileMode.Create, FileAccess.Write, FileShare.Read, FileBufferBytes);
            var header = new byte[WavHeaderBytes];
            WavHeader.Write(header, new WavFormat(Record.SampleRate, 1, 16, WavEncoding.Pcm), _dataBytes);
            audio.Write(header);
            index.Write(Encoding.UTF8.GetBytes(ChunkIndexHeader));
            var recordHeader = new byte[RecordHeaderBytes];
            var row = new byte[MaxChunkRowBytes];
            var copied = 0L;
            while (copied < _dataBytes && await ReadRecordHeaderAsync(journal, recordHeader, copied / 2, cancellationToken) is { } chunk)
            {
                var pcm = buffer.AsMemory(0, chunk.SampleCount * 2);
                await journal.ReadExactlyAsync(pcm, cancellationToken);
                audio.Write(pcm.Span);
                index.Write(row, 0, FormatChunkRow(row, chunk));
                copied += pcm.Length;
            }

            if (copied != _dataBytes)
                throw new InvalidDataException($"The journal of take {Record.TakeId} holds {copied / 2} samples where {SampleCount} were appended.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void WriteRecordHeader(Span<byte> header, TakeChunk chunk)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(header, RecordMagic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], chunk.SampleCount * 2);
        BinaryPrimitives.WriteInt64LittleEndian(header[8..], chunk.Sequence);
        BinaryPrimitives.WriteInt64LittleEndian(header[16..], chunk.FirstSample);
        BinaryPrimitives.WriteDoubleLittleEndian(header[24..], chunk.SongSeconds ?? double.NaN);
        BinaryPrimitives.WriteInt64LittleEndian(header[32..], chunk.HeardUtc.ToUnixTimeMilliseconds());
    }

    // The next record's header as a chunk starting at expectedFirst, or null at the journal's end or at a record that a
    // crash cut short or that does not follow the one before (the stream is then somewhere inside it).
    private static async ValueTask<TakeChunk?> ReadRecordHeaderAsync(FileStream journal, byte[] header, long expectedFirst, CancellationToken cancellationToken)
    {
        if (journal.Length - journal.Position < RecordHeaderBytes)
            return null;
        await journal.ReadExactlyAsync(header, cancellationToken);
        var bytes = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(4));
        var sequence = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(8));
        var firstSample = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(16));
        var songSeconds = BinaryPrimitives.ReadDoubleLittleEndian(header.AsSpan(24));
        var heardMs = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(32));
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != RecordMagic
            || bytes is <= 0 or > AudioChunkRules.MaxChunkBytes || bytes % 2 != 0
            || sequence < 0 || firstSample != expectedFirst
            || heardMs < MinUnixMilliseconds || heardMs > MaxUnixMilliseconds)
        {
            return null;
        }

        return new TakeChunk(sequence, firstSample, bytes / 2, double.IsNaN(songSeconds) ? null : songSeconds, DateTimeOffset.FromUnixTimeMilliseconds(heardMs));
    }

    private static int FormatChunkRow(byte[] row, TakeChunk chunk)
    {
        if (!Utf8.TryWrite(row, CultureInfo.InvariantCulture, $"{chunk.Sequence},{chunk.FirstSample},{chunk.SampleCount},{chunk.SongSeconds:R},{chunk.HeardUtc.ToUnixTimeMilliseconds()}\n", out var written))
            throw new InvalidOperationException("A chunks.csv row did not fit its buffer.");
        return written;
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
