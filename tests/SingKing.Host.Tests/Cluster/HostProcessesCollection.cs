namespace SingKing.Host.Tests.Cluster;

/// <summary>
/// The tests that start host processes run alone, after the others: two hosts and a redis-server share the machine's
/// two cores with nothing else, and no other test takes a port they were given in the meantime.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostProcessesCollection
{
    public const string Name = "host processes";
}
