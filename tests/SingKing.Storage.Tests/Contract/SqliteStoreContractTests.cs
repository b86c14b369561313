using Microsoft.Data.Sqlite;

namespace SingKing.Storage.Tests.Contract;

/// <summary>The storage contract on an embedded SQLite file, a new one per test in a temporary folder.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "singking-sqlite-" + Guid.NewGuid().ToString("N"));

    protected override string ProviderName => StorageProviderNames.Sqlite;

    // A file in a folder that does not exist, opened without permission to create it.
    protected override string UnreachableConnectionString =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "missing", "singking.db"), Mode = SqliteOpenMode.ReadWrite }.ToString();

    protected override Task<string> CreateEmptyDatabaseAsync()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");
        return Task.FromResult(new SqliteConnectionStringBuilder { DataSource = file }.ToString());
    }

    protected override Task DeleteDatabaseAsync(string connectionString)
    {
        // Pooled connections keep the file open; close this test's before deleting its folder.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
