using System.Data.Common;
using MySqlConnector;

namespace SingKing.Storage.Providers;

/// <summary>A MySQL or MariaDB server through MySqlConnector.</summary>
internal sealed class MySqlStorageProvider : StorageProvider
{
    /// <summary>The name of the server-wide lock that serialises migrations of one database.</summary>
    private const string SchemaLockPrefix = "singking.schema.";

    // Codes MySqlConnector has no names for: ER_CONSTRAINT_FAILED (MariaDB's CHECK), ER_CHECK_CONSTRAINT_VIOLATED
    // (MySQL 8's CHECK) and ER_CONNECTION_KILLED.
    private const MySqlErrorCode MariaDbCheckConstraintFailed = (MySqlErrorCode)4025;
    private const MySqlErrorCode MySqlCheckConstraintViolated = (MySqlErrorCode)3819;
    private const MySqlErrorCode ConnectionKilled = (MySqlErrorCode)1927;

    public override string Name => StorageProviderNames.MySql;

    public override string MigrationFolder => "MySql";

    public override string LastInsertIdSql => "SELECT LAST_INSERT_ID();";

    public override string ForUpdate => "FOR UPDATE";

    // MySQL and MariaDB commit implicitly before and after every CREATE, ALTER and DROP.
    public override bool HasTransactionalSchemaChanges => false;

    public override string UpsertClause(string keyColumn, IReadOnlyList<string> updatedColumns) =>
        $"ON DUPLICATE KEY UPDATE {string.Join(", ", updatedColumns.Select(column => $"{column} = VALUES({column})"))}";

    public override string PrepareConnectionString(string connectionString)
    {
        var builder = new MySqlConnectionStringBuilder(connectionString)
        {
            // DATETIME columns hold UTC; reading them back as Utc keeps DateTimeOffset round trips exact.
            DateTimeKind = MySqlDateTimeKind.Utc,
        };
        if (!new MySqlConnectionStringBuilder(connectionString).ContainsKey("Connection Timeout"))
        {
            // A start-up against an unreachable server should fail within seconds, not hang.
            builder.ConnectionTimeout = 5;
        }

        return builder.ToString();
    }

    public override DbConnection CreateConnection(string connectionString) => new MySqlConnection(connectionString);

    public override string Describe(string connectionString)
    {
        var builder = new MySqlConnectionStringBuilder(connectionString);
        return $"mysql {builder.Server}:{builder.Port}/{builder.Database} as {builder.UserID}";
    }

    public override async Task<IAsyncDisposable> LockSchemaAsync(DbConnection connection, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // GET_LOCK is held by this session until RELEASE_LOCK or disconnect, so a host that dies mid-migration
        // frees it. The name includes the database so two databases on one server migrate independently.
        var name = SchemaLockPrefix + connection.Database;
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT GET_LOCK(@name, @seconds);";
        AddParameter(command, "@name", name);
        AddParameter(command, "@seconds", (int)Math.Ceiling(timeout.TotalSeconds));
        var acquired = await command.ExecuteScalarAsync(cancellationToken);
        if (acquired is not (long and 1) and not (int and 1))
        {
            // Not a TimeoutException: the server answered, so this must not read as "database unreachable".
            throw new InvalidOperationException(
                $"Another host held the migration lock {name} for more than {timeout.TotalSeconds:0} s. " +
                "If no other host is starting, look for a stuck session with SHOW PROCESSLIST.");
        }

        return new ReleaseLock(connection, name);
    }

    public override StorageConflict? ClassifyConflict(DbException exception) =>
        exception is MySqlException mySql
            ? mySql.ErrorCode switch
            {
                MySqlErrorCode.DuplicateKeyEntry => StorageConflict.Duplicate,
                MySqlErrorCode.NoReferencedRow or MySqlErrorCode.NoReferencedRow2
                    or MySqlErrorCode.RowIsReferenced or MySqlErrorCode.RowIsReferenced2 => StorageConflict.MissingReference,
                MariaDbCheckConstraintFailed or MySqlCheckConstraintViolated
                    or MySqlErrorCode.WarningDataOutOfRange or MySqlErrorCode.DataTooLong => StorageConflict.OutOfRange,
                _ => null,
            }
            : null;

    public override bool IsTransient(DbException exception) =>
        exception is MySqlException mySql
        && (mySql.IsTransient
            // Errors raised by the client itself (no SQLSTATE) or of SQLSTATE class 08 are connection failures:
            // the server stopped, restarted, or the network dropped the session.
            || mySql.SqlState is null
            || mySql.SqlState.StartsWith("08", StringComparison.Ordinal)
            || mySql.ErrorCode is MySqlErrorCode.ServerShutdown or ConnectionKilled
                or MySqlErrorCode.UnableToConnectToHost or MySqlErrorCode.CommandTimeoutExpired);

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private sealed class ReleaseLock(DbConnection connection, string name) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (connection.State != System.Data.ConnectionState.Open)
            {
                // The session is gone, and the server released its locks with it.
                return;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT RELEASE_LOCK(@name);";
            AddParameter(command, "@name", name);
            await command.ExecuteScalarAsync();
        }
    }
}
