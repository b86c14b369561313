using MySqlConnector;
using SingKing.Storage.Migrations;
using SingKing.Storage.Tests.Support;

namespace SingKing.Storage.Tests.Migrations;

/// <summary>The server-wide lock that keeps two starting hosts from migrating one MariaDB database together.</summary>
[RequiresMariaDb]
[Collection(MariaDbCollection.Name)]
public sealed class MariaDbMigrationLockTests(MariaDbServer server) : IAsyncLifetime
{
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await server.CreateDatabaseAsync();

    public Task DisposeAsync() => server.DropDatabaseAsync(_connectionString);

    [StoreFact]
    public async Task A_host_that_cannot_get_the_migration_lock_in_time_stops_with_an_error_naming_the_lock_and_leaves_the_database_alone()
    {
        var database = new StorageDatabase(StorageProviderNames.MySql, _connectionString);
        var databaseName = new MySqlConnectionStringBuilder(_connectionString).Database;
        await using var otherHost = new MySqlConnection(_connectionString);
        await otherHost.OpenAsync();
        await using (var take = new MySqlCommand($"SELECT GET_LOCK('singking.schema.{databaseName}', 0);", otherHost))
        {
            Assert.Equal(1L, Convert.ToInt64(await take.ExecuteScalarAsync()));
        }

        var migrator = new SchemaMigrator(database, lockTimeout: TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => migrator.MigrateAsync());

        Assert.Contains($"singking.schema.{databaseName}", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await migrator.CurrentVersionAsync());
    }
}
