namespace SingKing.Dsp.Tests;

/// <summary>The allocation tests' counter sees allocations, so a zero from it means something.</summary>
[Collection(AllocationCollection.Name)]
public sealed class AllocationCountTests
{
    private static byte[]? kept;

    [Fact]
    public void Counter_sees_an_allocation_of_a_kilobyte()
    {
        long allocated = AllocationCount.Of(() => kept = new byte[1024]);

        Assert.InRange(allocated, 1024, 1024 + 64);
        Assert.NotNull(kept);
    }
}
