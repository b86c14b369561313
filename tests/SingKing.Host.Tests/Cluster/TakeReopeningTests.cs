using Microsoft.Extensions.Options;
using SingKing.Dsp.Pitch;
using SingKing.Grains.Takes;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Cluster;

/// <summary>
/// What a host that went away leaves on disk, and what another host makes of it: the journal's whole records are the
/// chunks the take holds, whatever moment the host died at.
/// </summary>
public sealed class TakeReopeningTests : IDisposable
{
    private static readonly DateTimeOffset Heard = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "singking-reopen-" + Guid.NewGuid().ToString("N"));

    private TakeFileStore Store => new(Options.Create(new TakeFileStoreOptions { DataPath = _dataPath }));

    public void Dispose()
    {
        if (Directory.Exists(_dataPath))
            Directory.Delete(_dataPath, recursive: true);
    }

    [Fact]
    public async Task The_chunk_index_gives_back_every_chunk_with_its_exact_song_mark()
    {
        var files = await Store.CreateAsync("singer", "take", 16_000, Heard, new TakeSetup("twinkle-twinkle", "hard", 120.5, Practice: false), CancellationToken.None);
        await AppendChunkAsync(files, new TakeChunk(0, 0, 640, null, Heard));
        await AppendChunkAsync(files, new TakeChunk(3, 640, 320, 0.1 + 0.2, Heard.AddMilliseconds(40)));
        await files.DisposeAsync();

        var chunks = await TakeFiles.ReadChunksAsync(files.Folder, CancellationToken.None);
        var record = await TakeFiles.ReadRecordAsync(files.Folder, CancellationToken.None);

        Assert.Equal([new TakeChunk(0, 0, 640, null, Heard), new TakeChunk(3, 640, 320, 0.1 + 0.2, Heard.AddMilliseconds(40))], chunks);
        Assert.Equal(new TakeSetup("twinkle-twinkle", "hard", 120.5, false), record!.Setup);
    }

    [Theory]
    [InlineData(20)]   // inside the record's header
    [InlineData(40)]   // the header whole, none of the audio
    [InlineData(1000)] // part of the audio
    public async Task Reopening_keeps_the_whole_records_and_drops_one_cut_short(int bytesWritten)
    {
        var files = await TwoChunksAndAFrameAsync();
        await files.DisposeAsync();
        // The host died while writing a third chunk's record: only its first bytes reached the journal.
        var third = await RecordOfAsync(new TakeChunk(2, 1280, 640, 0.5, Heard));
        await using (var journal = new FileStream(Path.Combine(files.Folder, TakeFiles.JournalFileName), FileMode.Append))
            await journal.WriteAsync(third.AsMemory(0, bytesWritten));

        var reopened = await Store.ReopenAsync("singer", "take", CancellationToken.None);

        Assert.Equal([0L, 1L], reopened!.Chunks.Select(c => c.Sequence));
        Assert.Equal(1280, reopened.Files.SampleCount);
        Assert.Equal(["time_s,f0_hz,confidence,level_db"], TakeOnDisk.Load(files.Folder).PitchLines);
        // The chunk the client sends again follows the kept ones in the journal, and the closed take holds all three.
        await reopened.Files.AppendChunkAsync(new TakeChunk(2, 1280, 640, 0.5, Heard), new byte[1280], CancellationToken.None);
        await reopened.Files.CloseAsync(TakeStatus.Complete, Heard.AddSeconds(1), range: null, CancellationToken.None);
        var onDisk = TakeOnDisk.Load(files.Folder);
        Assert.Equal((1920, 1920u * 2, 1920u * 2 + 36), (onDisk.SamplesInFile, onDisk.DataSize, onDisk.RiffSize));
        Assert.Equal(4, File.ReadAllLines(Path.Combine(files.Folder, TakeFiles.ChunkIndexFileName)).Length);
    }

    [Fact]
    public async Task A_take_whose_host_died_while_closing_reopens_with_every_chunk_and_closes_again()
    {
        var files = await TwoChunksAndAFrameAsync();
        await files.DisposeAsync();
        // The host died after it began audio.wav and before take.json said the take ended: the journal is still there.
        await File.WriteAllBytesAsync(Path.Combine(files.Folder, TakeFiles.AudioFileName), new byte[500]);

        var reopened = await Store.ReopenAsync("singer", "take", CancellationToken.None);
        Assert.Equal(0, TakeOnDisk.Load(files.Folder).SamplesInFile);
        await reopened!.Files.CloseAsync(TakeStatus.Abandoned, Heard.AddSeconds(1), range: null, CancellationToken.None);

        Assert.Equal([0L, 1L], reopened.Chunks.Select(c => c.Sequence));
        var onDisk = TakeOnDisk.Load(files.Folder);
        Assert.Equal((1280, 1280u * 2, 1280u * 2 + 36), (onDisk.SamplesInFile, onDisk.DataSize, onDisk.RiffSize));
        Assert.Equal("abandoned", onDisk.Status);
    }

    [Fact]
    public async Task Reopening_forgets_a_gap_recorded_for_a_chunk_that_never_reached_the_index()
    {
        var files = await Store.CreateAsync("singer", "take", 16_000, Heard, CancellationToken.None);
        await files.RecordGapAsync(new ChunkGap(0, 2), CancellationToken.None);
        await AppendChunkAsync(files, new TakeChunk(2, 0, 640, null, Heard));
        // Chunk 5 jumped ahead: its gap was written, then the host died before the chunk itself.
        await files.RecordGapAsync(new ChunkGap(3, 2), CancellationToken.None);
        await files.DisposeAsync();

        var reopened = await Store.ReopenAsync("singer", "take", CancellationToken.None);
        await reopened!.Files.DisposeAsync();

        Assert.Equal([new ChunkGap(0, 2)], reopened.Files.Record.Gaps);
    }

    [Fact]
    public async Task A_take_that_ended_is_not_reopened()
    {
        var files = await Store.CreateAsync("singer", "take", 16_000, Heard, CancellationToken.None);
        await AppendChunkAsync(files, new TakeChunk(0, 0, 640, null, Heard));
        await files.CloseAsync(TakeStatus.Complete, Heard.AddSeconds(1), range: null, CancellationToken.None);

        Assert.Null(await Store.ReopenAsync("singer", "take", CancellationToken.None));
        Assert.Null(await Store.ReopenAsync("singer", "../singer/take", CancellationToken.None));
    }

    [Fact]
    public async Task The_newest_open_take_of_a_singer_is_found_and_an_ended_one_is_not()
    {
        var older = await Store.CreateAsync("singer", Guid.CreateVersion7(Heard).ToString("N"), 16_000, Heard, CancellationToken.None);
        await older.DisposeAsync();
        var newerId = Guid.CreateVersion7(Heard.AddMinutes(1)).ToString("N");
        var newer = await Store.CreateAsync("singer", newerId, 16_000, Heard.AddMinutes(1), CancellationToken.None);
        await newer.DisposeAsync();

        Assert.Equal(newerId, (await Store.FindNewestOpenAsync("singer", CancellationToken.None))?.TakeId);

        var reopened = await Store.ReopenAsync("singer", newerId, CancellationToken.None);
        await reopened!.Files.CloseAsync(TakeStatus.Abandoned, Heard.AddMinutes(2), range: null, CancellationToken.None);
        Assert.Null(await Store.FindNewestOpenAsync("singer", CancellationToken.None));
        Assert.Null(await Store.FindNewestOpenAsync("nobody", CancellationToken.None));
    }

    // A take's first two chunks of 640 samples, indexed, and one pitch frame.
    private async Task<TakeFiles> TwoChunksAndAFrameAsync()
    {
        var files = await Store.CreateAsync("singer", "take", 16_000, Heard, CancellationToken.None);
        await AppendChunkAsync(files, new TakeChunk(0, 0, 640, null, Heard));
        await AppendChunkAsync(files, new TakeChunk(1, 640, 640, null, Heard));
        await files.AppendFramesAsync([new PitchFrame(0.0, 220f, 0.9f, -12f)], CancellationToken.None);
        return files;
    }

    private static async Task AppendChunkAsync(TakeFiles files, TakeChunk chunk) =>
        await files.AppendChunkAsync(chunk, new byte[chunk.SampleCount * 2], CancellationToken.None);

    // The journal record a take's files write for the chunk (with silent audio), taken from a scratch take.
    private async Task<byte[]> RecordOfAsync(TakeChunk chunk)
    {
        var scratch = await Store.CreateAsync("scratch", Guid.NewGuid().ToString("N"), 16_000, Heard, CancellationToken.None);
        await scratch.AppendChunkAsync(chunk with { FirstSample = 0 }, new byte[chunk.SampleCount * 2], CancellationToken.None);
        await scratch.DisposeAsync();
        var record = await File.ReadAllBytesAsync(Path.Combine(scratch.Folder, TakeFiles.JournalFileName));
        // The first sample is bytes 16–23 of the record's header.
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(record.AsSpan(16), chunk.FirstSample);
        return record;
    }
}
