namespace SingKing.Dsp.Tests;

/// <summary>
/// Tests that count the bytes their thread allocates run alone, after every other test class: a garbage
/// collection triggered by another test's allocations while one is counting retires the counting thread's
/// allocation buffer, and that shows up as bytes "allocated" by code that allocated nothing.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationCollection
{
    public const string Name = "Allocation counts";
}
