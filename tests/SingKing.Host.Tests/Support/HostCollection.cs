namespace SingKing.Host.Tests.Support;

/// <summary>The functional tests share one host, and run one after another on the two cores we have.</summary>
[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "host";
}
