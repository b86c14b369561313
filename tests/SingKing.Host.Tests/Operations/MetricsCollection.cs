namespace SingKing.Host.Tests.Operations;

/// <summary>
/// Tests that read the metrics run alone, after every other collection, each with the only host in the process: the
/// meters of hosts in one process share their names, so another host's instruments could stand in for this one's.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "metrics";
}
