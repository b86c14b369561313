using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SingKing.Storage.Migrations;

/// <summary>
/// Brings a database's schema up to the newest script this build carries. Safe to run on every start and from
/// several hosts at once: on MariaDB the hosts queue on a named server lock (GET_LOCK); on SQLite each script runs
/// in a transaction that holds the file's write lock and checks <c>schema_version</c> again inside it.
/// </summary>
public sealed class SchemaMigrator
{
    private const string CreateVersionTable =
        """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER      NOT NULL PRIMARY KEY,
            name       VARCHAR(200) NOT NULL,
            applied_at VARCHAR(40)  NOT NULL
        );
        """;

    private readonly StorageDatabase _database;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly TimeSpan _lockTimeout;
    private readonly IReadOnlyList<Migration> _migrations;

    /// <summary>A migrator for <paramref name="database"/>.</summary>
    /// <param name="database">The database to migrate.</param>
    /// <param name="clock">Stamps <c>schema_version.applied_at</c>.</param>
    /// <param name="logger">Says which versions were applied.</param>
    /// <param name="lockTimeout">How long to wait for another host's migration (MariaDB); one minute by default.</param>
    public SchemaMigrator(StorageDatabase database, TimeProvider? clock = null, ILogger<SchemaMigrator>? logger = null, TimeSpan? lockTimeout = null)
    {
        _database = database;
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _lockTimeout = lockTimeout ?? TimeSpan.FromMinutes(1);
        _migrations = MigrationScripts.For(database.Provider.MigrationFolder);
    }

    /// <summary>The highest version this build carries.</summary>
    public int LatestVersion => _migrations.Count == 0 ? 0 : _migrations[^1].Version;

    /// <summary>
    /// Applies every script newer than the database's version and returns the version the database is at.
    /// </summary>
    /// <exception cref="SchemaTooNewException">The database was migrated by a newer build.</exception>
    /// <exception cref="StorageUnavailableException">The database cannot be reached.</exception>
    public Task<int> MigrateAsync(CancellationToken cancellationToken = default) =>
        _database.RunAsync(
            async connection =>
            {
                await _database.Provider.PrepareAsync(connection, cancellationToken);
                await connection.ExecuteAsync(StorageDatabase.Command(CreateVersionTable, null, cancellationToken));
                await using var schemaLock = await _database.Provider.LockSchemaAsync(connection, _lockTimeout, cancellationToken);
                var current = await CurrentVersionAsync(connection, null, cancellationToken);
                if (current > LatestVersion)
                {
                    throw new SchemaTooNewException(current, LatestVersion);
                }

                foreach (var migration in _migrations.Where(migration => migration.Version > current))
                {
                    await ApplyAsync(connection, migration, cancellationToken);
                }

                return Math.Max(current, LatestVersion);
            },
            cancellationToken);

    /// <summary>The version recorded in the database, 0 for an empty one.</summary>
    public Task<int> CurrentVersionAsync(CancellationToken cancellationToken = default) =>
        _database.RunAsync(
            async connection =>
            {
                await connection.ExecuteAsync(StorageDatabase.Command(CreateVersionTable, null, cancellationToken));
                return await CurrentVersionAsync(connection, null, cancellationToken);
            },
            cancellationToken);

    private static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<int?>(
            StorageDatabase.Command("SELECT MAX(version) FROM schema_version;", null, cancellationToken, transaction)) ?? 0;

    private async Task ApplyAsync(DbConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Another host may have applied it between our read and our lock (SQLite's lock is this transaction).
        var applied = await connection.ExecuteScalarAsync<int>(StorageDatabase.Command(
            "SELECT COUNT(*) FROM schema_version WHERE version = @version;", new { version = migration.Version }, cancellationToken, transaction));
        if (applied > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return;
        }

        _logger.LogInformation(
            "Applying schema migration {Version} {Name} to {Database}", migration.Version, migration.Name, _database.Description);
        try
        {
            await connection.ExecuteAsync(StorageDatabase.Command(migration.Sql, null, cancellationToken, transaction));
        }
        catch (DbException exception)
        {
            var note = _database.Provider.HasTransactionalSchemaChanges
                ? "It was rolled back."
                : "This engine cannot roll back schema changes, so the statements before the failing one stay; the scripts are written to be re-run.";
            throw new InvalidOperationException(
                $"Schema migration {migration.Version} ({migration.Name}) failed on {_database.Description}: {exception.Message} {note}", exception);
        }

        await connection.ExecuteAsync(StorageDatabase.Command(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @appliedAt);",
            new { version = migration.Version, name = migration.Name, appliedAt = _clock.GetUtcNow().ToString("O") },
            cancellationToken,
            transaction));
        await transaction.CommitAsync(cancellationToken);
    }
}
