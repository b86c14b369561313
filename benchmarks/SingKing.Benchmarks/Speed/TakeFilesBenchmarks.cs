using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using SingKing.Dsp.Pitch;
using SingKing.Grains.Takes;

namespace SingKing.Benchmarks.Speed;

/// <summary>
/// What a live session spends on a take's files per 40 ms chunk, as <c>SingerSessionGrain.ProcessChunk</c> does it:
/// appending the chunk's journal record (its index fields and 1280 bytes of PCM), handed to the operating system
/// before the chunk is answered (so another host can carry the take on), and four pitch frames to pitch.csv. Each iteration writes a fresh take of
/// <see cref="ChunksPerTake"/> chunks (40 s), so the files stay the size of a real take.
/// </summary>
[MemoryDiagnoser]
public class TakeFilesBenchmarks
{
    private const int ChunksPerTake = 1000;

    private readonly byte[] _pcm = new byte[1280];
    private readonly List<PitchFrame> _frames = [];
    private string _dataPath = "";
    private TakeFileStore _store = null!;
    private TakeFiles _files = null!;
    private int _take;

    [GlobalSetup]
    public void Setup()
    {
        _dataPath = Directory.CreateTempSubdirectory("singking-takefiles-").FullName;
        _store = new TakeFileStore(Options.Create(new TakeFileStoreOptions { DataPath = _dataPath }));
        new Random(1).NextBytes(_pcm);
        for (var i = 0; i < 4; i++)
            _frames.Add(new PitchFrame(0.01 * i, 220.123f + i, 0.912f, -18.4f));
    }

    [IterationSetup]
    public void StartTake() =>
        _files = _store.CreateAsync("bench", "take-" + _take++, 16_000, DateTimeOffset.UnixEpoch, CancellationToken.None).GetAwaiter().GetResult();

    [IterationCleanup]
    public void EndTake()
    {
        _files.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_files.Folder, recursive: true);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dataPath, recursive: true);

    [Benchmark(OperationsPerInvoke = ChunksPerTake)]
    [InvocationCount(1)]
    public async Task AppendChunk()
    {
        for (var i = 0; i < ChunksPerTake; i++)
        {
            await _files.AppendChunkAsync(new TakeChunk(i, i * 640L, 640, null, DateTimeOffset.UnixEpoch), _pcm, CancellationToken.None);
            await _files.AppendFramesAsync(_frames, CancellationToken.None);
        }
    }
}
