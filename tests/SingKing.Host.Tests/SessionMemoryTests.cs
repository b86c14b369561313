using SingKing.Grains.Sessions;
using Xunit.Abstractions;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests;

[Collection(HeapCollection.Name)]
public sealed class SessionMemoryTests(HostFixture host, ITestOutputHelper output)
{
    private const int ChunkSamples = 1_600; // 100 ms
    private const int ChunksPerMinute = 600;

    [Fact]
    public async Task A_ten_minute_take_keeps_the_sessions_working_buffers_and_the_heap_from_growing()
    {
        var session = host.Grains.GetGrain<ISingerSessionGrain>(HostFixture.NewSingerId());
        const string connection = "memory-test";
        await session.StartTake(new StartTake(connection, 16_000));
        // One sung second, looped: the session's memory cannot depend on what is sung.
        var voice = SyntheticVoice.Chunks(SyntheticVoice.Sing((220, 1.0)), ChunkSamples);

        await StreamAsync(session, connection, voice, 0, ChunksPerMinute);
        var afterOneMinute = await session.GetStatus();
        var heapAfterOneMinute = SettledHeapBytes();

        await StreamAsync(session, connection, voice, ChunksPerMinute, 10 * ChunksPerMinute);
        var afterTenMinutes = await session.GetStatus();
        var heapAfterTenMinutes = SettledHeapBytes();
        var summary = await session.EndTake(connection);
        output.WriteLine($"Working buffers {afterTenMinutes.WorkingBufferBytes} B; heap after 1 min {heapAfterOneMinute} B, after 10 min {heapAfterTenMinutes} B.");

        Assert.Equal(600.0, summary.DurationSeconds, 6);
        Assert.Equal(afterOneMinute.WorkingBufferBytes, afterTenMinutes.WorkingBufferBytes);
        Assert.InRange(afterTenMinutes.WorkingBufferBytes, 1, 1 << 20);
        // Keeping nine more minutes of audio would add 17 MB; of frames, about 1.3 MB.
        Assert.InRange(heapAfterTenMinutes - heapAfterOneMinute, long.MinValue, 1 << 20);
    }

    private static async Task StreamAsync(ISingerSessionGrain session, string connection, List<byte[]> voice, int from, int to)
    {
        for (var sequence = from; sequence < to; sequence++)
            await session.ProcessChunk(new AudioChunkMessage(connection, sequence, 16_000, voice[sequence % voice.Count].ToArray())); // a fresh array per chunk, as off the wire
    }

    private static long SettledHeapBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
