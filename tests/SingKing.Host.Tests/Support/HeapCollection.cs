namespace SingKing.Host.Tests.Support;

/// <summary>
/// Tests that weigh the process's heap run alone, after every other collection, with a host of their own: another
/// test's allocations in the same process would count as theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeapCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "heap";
}
