using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace SingKing.Storage.Providers;

/// <summary>An embedded SQLite file through Microsoft.Data.Sqlite.</summary>
internal sealed class SqliteStorageProvider : StorageProvider
{
    // https://www.sqlite.org/rescode.html
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintForeignKey = 787;
    private const int SqliteConstraintCheck = 275;

    public override string Name => StorageProviderNames.Sqlite;

    public override string MigrationFolder => "Sqlite";

    public override string LastInsertIdSql => "SELECT last_insert_rowid();";

    public override string ForUpdate => "";

    public override bool HasTransactionalSchemaChanges => true;

    public override string UpsertClause(string keyColumn, IReadOnlyList<string> updatedColumns) =>
        $"ON CONFLICT ({keyColumn}) DO UPDATE SET {string.Join(", ", updatedColumns.Select(column => $"{column} = excluded.{column}"))}";

    public override string PrepareConnectionString(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            // Off by default in SQLite; the schema's cascades depend on it.
            ForeignKeys = true,
        };
        return builder.ToString();
    }

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    public override string Describe(string connectionString) =>
        $"sqlite {new SqliteConnectionStringBuilder(connectionString).DataSource}";

    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Write-ahead logging lets pages read while a take is being written. It is a property of the file, so it is
        // set once, before migrating; the statement waits out another host doing the same.
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override Task<IAsyncDisposable> LockSchemaAsync(DbConnection connection, TimeSpan timeout, CancellationToken cancellationToken) =>
        // Each script runs in a BEGIN IMMEDIATE transaction, which holds the file's write lock, and checks
        // schema_version again inside it: that is the lock between hosts.
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    public override StorageConflict? ClassifyConflict(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint } sqlite
            ? sqlite.SqliteExtendedErrorCode switch
            {
                SqliteConstraintForeignKey => StorageConflict.MissingReference,
                SqliteConstraintCheck => StorageConflict.OutOfRange,
                _ => StorageConflict.Duplicate,
            }
            : null;

    public override bool IsTransient(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked or SqliteIoError or SqliteFull or SqliteCantOpen };

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
