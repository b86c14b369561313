using System.Data.Common;

namespace SingKing.Storage.Providers;

/// <summary>
/// What differs between the database engines: connecting, the migration lock, the upsert and last-insert-id
/// syntax, row locks, and how errors are told apart. Everything else (the SQL of the stores) is shared.
/// </summary>
internal abstract class StorageProvider
{
    /// <summary>The configuration name (<see cref="StorageProviderNames"/>).</summary>
    public abstract string Name { get; }

    /// <summary>The folder under <c>Migrations/</c> whose scripts this engine runs.</summary>
    public abstract string MigrationFolder { get; }

    /// <summary>
    /// Appended to an <c>INSERT</c> into a table whose key is <paramref name="keyColumn"/>, so an existing row is
    /// updated instead: SQLite's <c>ON CONFLICT … DO UPDATE</c>, MySQL's <c>ON DUPLICATE KEY UPDATE</c>.
    /// </summary>
    public abstract string UpsertClause(string keyColumn, IReadOnlyList<string> updatedColumns);

    /// <summary>A statement returning the id the connection's last insert generated.</summary>
    public abstract string LastInsertIdSql { get; }

    /// <summary>
    /// Appended to a <c>SELECT</c> inside a write transaction to lock the rows it reads (empty on SQLite, whose write
    /// transactions already hold the database's write lock).
    /// </summary>
    public abstract string ForUpdate { get; }

    /// <summary>Normalises the configured connection string (UTC times, foreign keys, timeouts).</summary>
    public abstract string PrepareConnectionString(string connectionString);

    /// <summary>A closed connection.</summary>
    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>A description of where the database is, without credentials, for log lines and errors.</summary>
    public abstract string Describe(string connectionString);

    /// <summary>Sets database-wide options before migrating (SQLite's journal mode); nothing on servers.</summary>
    public virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Serialises migrations across hosts until the returned handle is disposed; throws
    /// <see cref="InvalidOperationException"/> when another host holds the lock longer than <paramref name="timeout"/>.
    /// </summary>
    public abstract Task<IAsyncDisposable> LockSchemaAsync(DbConnection connection, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Whether the engine can roll back schema changes, so a whole script can run in one transaction.</summary>
    public abstract bool HasTransactionalSchemaChanges { get; }

    /// <summary>Which schema rule the error reports breaking, or null when it is not a constraint error.</summary>
    public abstract StorageConflict? ClassifyConflict(DbException exception);

    /// <summary>Whether the error says the database is unreachable or busy, so the same call may succeed later.</summary>
    public abstract bool IsTransient(DbException exception);
}
