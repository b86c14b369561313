namespace SingKing.Storage.Tests.Support;

/// <summary>Every MariaDB test class shares one server and runs one at a time, so a test may stop and restart it.</summary>
[CollectionDefinition(Name)]
public sealed class MariaDbCollection : ICollectionFixture<MariaDbServer>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "MariaDB";
}
