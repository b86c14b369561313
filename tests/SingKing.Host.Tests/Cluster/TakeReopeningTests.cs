using Microsoft.Extensions.Options;
using SingKing.Dsp.Pitch;
using SingKing.Grains.Takes;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Cluster;

/// <summary>
/// What a host that went away leaves on disk, and what another host makes of it: the chunk index names exactly the
/// audio that reached audio.wav, whatever moment the host died at.
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

    [Fact]
    public async Task Reopening_keeps_only_audio_the_index_names_and_drops_a_row_cut_short()
    {
        var files = await TwoChunksAndAFrameAsync();
        // The host died after writing a third chunk's audio and half of its index row.
        await files.AppendAudioAsync(new byte[1280], CancellationToken.None);
        await files.DisposeAsync();
        await File.AppendAllTextAsync(Path.Combine(files.Folder, TakeFiles.ChunkIndexFileName), "2,1280,6");

        var reopened = await Store.ReopenAsync("singer", "take", CancellationToken.None);
        await reopened!.Files.DisposeAsync();

        Assert.Equal([0L, 1L], reopened.Chunks.Select(c => c.Sequence));
        var onDisk = TakeOnDisk.Load(files.Folder);
        Assert.Equal((1280, 1280u * 2), (onDisk.SamplesInFile, onDisk.DataSize));
        Assert.Equal(["time_s,f0_hz,confidence,level_db"], onDisk.PitchLines);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(files.Folder, TakeFiles.ChunkIndexFileName)).Length);
    }

    [Fact]
    public async Task A_take_whose_host_died_before_closing_its_files_reopens_with_every_indexed_chunk_and_a_true_header()
    {
        var files = await TwoChunksAndAFrameAsync();
        // The host died here: its files were never closed, so audio.wav's header still says it holds no audio.
        Assert.Equal(0u, TakeOnDisk.Load(files.Folder).DataSize);

        var reopened = await Store.ReopenAsync("singer", "take", CancellationToken.None);
        var onDisk = TakeOnDisk.Load(files.Folder);
        await reopened!.Files.DisposeAsync();

        Assert.Equal([0L, 1L], reopened.Chunks.Select(c => c.Sequence));
        Assert.Equal((1280, 1280u * 2, 1280u * 2 + 36), (onDisk.SamplesInFile, onDisk.DataSize, onDisk.RiffSize));
        Assert.Equal(["time_s,f0_hz,confidence,level_db"], onDisk.PitchLines);
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

    private static async Task AppendChunkAsync(TakeFiles files, TakeChunk chunk)
    {
        await files.AppendAudioAsync(new byte[chunk.SampleCount * 2], CancellationToken.None);
        await files.AppendChunkAsync(chunk, CancellationToken.None);
    }
}
