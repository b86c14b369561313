using System.Runtime;

namespace SingKing.Dsp.Tests;

/// <summary>Counts the bytes that code allocates on the calling thread.</summary>
internal static class AllocationCount
{
    /// <summary>
    /// Bytes <paramref name="action"/> allocates on this thread. Garbage collection is held off while it runs: a
    /// collection started by another thread's allocations retires this thread's allocation buffer, and that
    /// shows up in the count as bytes allocated by code that allocated nothing.
    /// </summary>
    public static long Of(Action action)
    {
        var held = GC.TryStartNoGCRegion(64L * 1024 * 1024);
        try
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            action();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        finally
        {
            if (held && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
                GC.EndNoGCRegion();
        }
    }
}
