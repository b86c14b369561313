using SingKing.Storage.Tests.Support;

namespace SingKing.Storage.Tests.Contract;

/// <summary>The storage contract on a real MariaDB server, a new database per test.</summary>
[RequiresMariaDb]
[Collection(MariaDbCollection.Name)]
public sealed class MariaDbStoreContractTests(MariaDbServer server) : StoreContractTests
{
    protected override string ProviderName => StorageProviderNames.MySql;

    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    protected override string UnreachableConnectionString => "Server=127.0.0.1;Port=1;User ID=singking;Password=x;Database=singking";

    protected override Task<string> CreateEmptyDatabaseAsync() => server.CreateDatabaseAsync();

    protected override Task DeleteDatabaseAsync(string connectionString) => server.DropDatabaseAsync(connectionString);
}
