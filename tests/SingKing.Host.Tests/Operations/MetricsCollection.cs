using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Operations;

/// <summary>
/// Tests that read the process's metrics run alone, after every other collection, with a host of their own: the meters
/// of other hosts in the same process share names with this host's, so their singers would count here too.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "metrics";
}
