using Microsoft.Extensions.Options;
using SingKing.Dsp.Pitch;
using SingKing.Grains.Sessions;
using SingKing.Grains.Takes;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests;

public sealed class TakeFilesTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "singking-takefiles-" + Guid.NewGuid().ToString("N"));

    private TakeFileStore Store => new(Options.Create(new TakeFileStoreOptions { DataPath = _dataPath }));

    [Fact]
    public async Task Chunks_reach_the_journal_together_as_far_as_the_kept_sequence_says_and_audio_wav_holds_them_all_once_closed()
    {
        var files = await Store.CreateAsync("singer", "take", 16_000, DateTimeOffset.UnixEpoch, CancellationToken.None);
        var chunk = SyntheticVoice.ToPcm(SyntheticVoice.Sing((220, 0.04)));
        var samples = chunk.Length / 2;
        const int Chunks = 20;
        var longestWait = 0L;

        Assert.Equal(-1, files.KeptSequence);
        for (var sequence = 0; sequence < Chunks; sequence++)
        {
            await files.AppendChunkAsync(new TakeChunk(sequence, sequence * samples, samples, null, DateTimeOffset.UnixEpoch), chunk, CancellationToken.None);

            // Whatever the writer says is kept is in the journal, and nothing more: the client forgets just those.
            Assert.Equal(files.KeptSequence + 1, (await TakeFiles.ReadChunksAsync(files.Folder, CancellationToken.None)).Count);
            longestWait = Math.Max(longestWait, sequence - files.KeptSequence);
            // audio.wav is made when the take closes; until then it is a header with no samples.
            Assert.Equal(0, TakeOnDisk.Load(files.Folder).SamplesInFile);
        }

        // 40 ms chunks of 16 kHz audio wait six at a time (8 KB), and go out with the seventh.
        Assert.Equal(6, longestWait);
        Assert.Equal(13, files.KeptSequence);
        files.WriteWaitingChunks();
        Assert.Equal(Chunks - 1, files.KeptSequence);
        Assert.Equal(Chunks, (await TakeFiles.ReadChunksAsync(files.Folder, CancellationToken.None)).Count);
        await files.AppendChunkAsync(new TakeChunk(Chunks, Chunks * samples, samples, null, DateTimeOffset.UnixEpoch), chunk, CancellationToken.None);

        await files.CloseAsync(TakeStatus.Complete, DateTimeOffset.UnixEpoch.AddSeconds(1), range: null, CancellationToken.None);

        var onDisk = TakeOnDisk.Load(files.Folder);
        Assert.Equal((uint)((Chunks + 1) * chunk.Length), onDisk.DataSize);
        Assert.Equal(onDisk.DataSize + 36, onDisk.RiffSize);
        Assert.Equal([.. Enumerable.Repeat(chunk, Chunks + 1).SelectMany(c => c)], onDisk.Wav.Skip(44));
        Assert.Equal(
            ["sequence,first_sample,samples,song_s,heard_ms", .. Enumerable.Range(0, Chunks + 1).Select(i => $"{i},{i * samples},{samples},,0")],
            File.ReadAllLines(Path.Combine(files.Folder, TakeFiles.ChunkIndexFileName)));
        Assert.False(File.Exists(Path.Combine(files.Folder, TakeFiles.JournalFileName)));
    }

    [Fact]
    public async Task A_chunk_larger_than_the_waiting_room_goes_out_at_once_after_the_chunks_waiting_before_it()
    {
        var files = await Store.CreateAsync("singer", "take", 16_000, DateTimeOffset.UnixEpoch, CancellationToken.None);
        var small = new byte[1280];
        var large = new byte[AudioChunkRules.MaxChunkBytes];
        small.AsSpan().Fill(1);
        large.AsSpan().Fill(2);

        await files.AppendChunkAsync(new TakeChunk(0, 0, 640, null, DateTimeOffset.UnixEpoch), small, CancellationToken.None);
        await files.AppendChunkAsync(new TakeChunk(1, 640, large.Length / 2, null, DateTimeOffset.UnixEpoch), large, CancellationToken.None);

        Assert.Equal(1, files.KeptSequence);
        Assert.Equal([0L, 1L], (await TakeFiles.ReadChunksAsync(files.Folder, CancellationToken.None)).Select(c => c.Sequence));
        await files.CloseAsync(TakeStatus.Complete, DateTimeOffset.UnixEpoch.AddSeconds(1), range: null, CancellationToken.None);
        Assert.Equal([.. small, .. large], TakeOnDisk.Load(files.Folder).Wav.Skip(44));
    }

    [Fact]
    public async Task Disposing_the_files_writes_the_waiting_chunks_so_the_take_can_be_carried_on_whole()
    {
        var files = await Store.CreateAsync("singer", "take", 16_000, DateTimeOffset.UnixEpoch, CancellationToken.None);
        for (var sequence = 0; sequence < 3; sequence++)
            await files.AppendChunkAsync(new TakeChunk(sequence, sequence * 640, 640, null, DateTimeOffset.UnixEpoch), new byte[1280], CancellationToken.None);
        Assert.Equal(-1, files.KeptSequence);

        await files.DisposeAsync();

        Assert.Equal(2, files.KeptSequence);
        Assert.Equal(3, (await TakeFiles.ReadChunksAsync(files.Folder, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_chunk_that_does_not_follow_the_audio_before_it_is_refused()
    {
        var files = await Store.CreateAsync("singer", "take", 16_000, DateTimeOffset.UnixEpoch, CancellationToken.None);
        await files.AppendChunkAsync(new TakeChunk(0, 0, 640, null, DateTimeOffset.UnixEpoch), new byte[1280], CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(
            () => files.AppendChunkAsync(new TakeChunk(1, 0, 640, null, DateTimeOffset.UnixEpoch), new byte[1280], CancellationToken.None).AsTask());
        await Assert.ThrowsAsync<ArgumentException>(
            () => files.AppendChunkAsync(new TakeChunk(1, 640, 640, null, DateTimeOffset.UnixEpoch), new byte[1000], CancellationToken.None).AsTask());
        await files.DisposeAsync();
        Assert.Single(await TakeFiles.ReadChunksAsync(files.Folder, CancellationToken.None));
    }

    [Fact]
    public async Task Pitch_rows_reach_the_disk_when_the_files_close()
    {
        var files = await Store.CreateAsync("singer", "take", 16_000, DateTimeOffset.UnixEpoch, CancellationToken.None);

        await files.AppendFramesAsync([new PitchFrame(0.0, 220.5f, 0.9f, -12.3f)], CancellationToken.None);
        await files.AppendFramesAsync([new PitchFrame(0.01, 0f, 0.1f, -80f)], CancellationToken.None);
        await files.DisposeAsync();

        Assert.Equal(
            ["time_s,f0_hz,confidence,level_db", "0.000,220.50,0.900,-12.3", "0.010,0.00,0.100,-80.0"],
            TakeOnDisk.Load(files.Folder).PitchLines);
    }

    [Fact]
    public async Task Pitch_rows_of_a_long_take_reach_the_disk_in_order_past_the_row_buffer()
    {
        var files = await Store.CreateAsync("singer", "take", 16_000, DateTimeOffset.UnixEpoch, CancellationToken.None);
        // 4 rows per chunk, as a 40 ms chunk gives, for 30 s: many times the row buffer.
        for (var chunk = 0; chunk < 750; chunk++)
        {
            await files.AppendFramesAsync(
                [.. Enumerable.Range(chunk * 4, 4).Select(i => new PitchFrame(i * 0.01, 200f + i % 100, 0.5f, -20f))],
                CancellationToken.None);
        }

        await files.DisposeAsync();

        var lines = TakeOnDisk.Load(files.Folder).PitchLines;
        Assert.Equal(3001, lines.Length);
        Assert.Equal(Enumerable.Range(0, 3000).Select(i => FormattableString.Invariant($"{i * 0.01:0.000},{200 + i % 100:0.00},0.500,-20.0")), lines.Skip(1));
    }

    [Fact]
    public async Task Pitch_rows_round_a_frequency_only_once()
    {
        var files = await Store.CreateAsync("singer", "take", 16_000, DateTimeOffset.UnixEpoch, CancellationToken.None);

        await files.AppendFramesAsync([new PitchFrame(0.0, 220.00496f, 0.9f, -12.3f)], CancellationToken.None);
        await files.DisposeAsync();

        Assert.StartsWith("0.000,220.00,", TakeOnDisk.Load(files.Folder).PitchLines[1]);
    }

    [Fact]
    public async Task Take_json_records_start_status_and_end_times()
    {
        var started = new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);
        var files = await Store.CreateAsync("singer", "take", 16_000, started, CancellationToken.None);
        await files.AppendChunkAsync(new TakeChunk(0, 0, 16_000, null, started), new byte[32_000], CancellationToken.None);

        await files.CloseAsync(TakeStatus.Complete, started.AddSeconds(5), range: null, CancellationToken.None);

        var record = TakeOnDisk.Load(files.Folder).Record;
        Assert.Equal("singer", record.GetProperty("singerId").GetString());
        Assert.Equal("take", record.GetProperty("takeId").GetString());
        Assert.Equal(started, record.GetProperty("startedUtc").GetDateTimeOffset());
        Assert.Equal(started.AddSeconds(5), record.GetProperty("endedUtc").GetDateTimeOffset());
        Assert.Equal(16_000, record.GetProperty("sampleRate").GetInt32());
        Assert.Equal(1.0, record.GetProperty("durationSeconds").GetDouble());
        Assert.Equal("complete", record.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Take_json_records_the_range_given_when_the_take_closes()
    {
        var files = await Store.CreateAsync("singer", "take", 16_000, DateTimeOffset.UnixEpoch, CancellationToken.None);
        var range = new TakeRange("A2", "F4", 110.0, 349.2, 20, 20 / 12.0, "baritone", "C3", "D4",
            [new TakeRangeNote("A2", 110.0, 0.05, 1.1), new TakeRangeNote("F4", 349.2, 1.5, 1.2)]);

        await files.CloseAsync(TakeStatus.Complete, DateTimeOffset.UnixEpoch.AddSeconds(3), range, CancellationToken.None);

        Assert.Equal(
            """{"lowest":"A2","highest":"F4","lowestHz":110,"highestHz":349.2,"semitones":20,"octaves":1.6666666666666667,"voiceType":"baritone","tessituraLow":"C3","tessituraHigh":"D4","stableNotes":[{"name":"A2","hz":110,"startSeconds":0.05,"durationSeconds":1.1},{"name":"F4","hz":349.2,"startSeconds":1.5,"durationSeconds":1.2}]}""",
            System.Text.Json.JsonSerializer.Serialize(TakeOnDisk.Load(files.Folder).Record.GetProperty("range")));
    }

    [Fact]
    public async Task Take_json_has_a_null_range_while_the_take_is_open()
    {
        await using var files = await Store.CreateAsync("singer", "take", 16_000, DateTimeOffset.UnixEpoch, CancellationToken.None);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, TakeOnDisk.Load(files.Folder).Record.GetProperty("range").ValueKind);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("")]
    public async Task A_singer_id_that_is_not_a_plain_name_is_refused(string singerId)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateAsync(singerId, "take", 16_000, DateTimeOffset.UnixEpoch, CancellationToken.None));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataPath))
            Directory.Delete(_dataPath, recursive: true);
    }
}
