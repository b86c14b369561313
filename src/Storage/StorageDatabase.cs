using System.Data.Common;
using System.Net.Sockets;
using Dapper;
using SingKing.Storage.Providers;

namespace SingKing.Storage;

/// <summary>
/// One configured database: which engine, where, and the one place that opens connections and turns the engine's
/// errors into <see cref="StorageUnavailableException"/> and <see cref="StorageConflictException"/>.
/// </summary>
public sealed class StorageDatabase
{
    static StorageDatabase()
    {
        // Dapper's handlers are process-wide; this one only fixes how times are written and read, the same for every database.
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.AddTypeHandler(new UtcTimestampHandler());
    }

    private readonly StorageMetrics? _metrics;

    /// <summary>
    /// A database of the named provider (<see cref="StorageProviderNames"/>) at <paramref name="connectionString"/>;
    /// each call that fails for want of the database is counted in <paramref name="metrics"/> when given.
    /// </summary>
    public StorageDatabase(string provider, string connectionString, StorageMetrics? metrics = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Provider = StorageProviders.For(provider);
        ConnectionString = Provider.PrepareConnectionString(connectionString);
        _metrics = metrics;
    }

    /// <summary>The provider's configuration name.</summary>
    public string ProviderName => Provider.Name;

    /// <summary>Where the database is, without credentials: for log lines and error messages.</summary>
    public string Description => Provider.Describe(ConnectionString);

    internal StorageProvider Provider { get; }

    internal string ConnectionString { get; }

    /// <summary>Opens a connection, or throws <see cref="StorageUnavailableException"/> saying where it tried.</summary>
    internal async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = Provider.CreateConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (Exception exception) when (exception is DbException or SocketException or IOException or TimeoutException
                                          && !cancellationToken.IsCancellationRequested)
        {
            await connection.DisposeAsync();
            _metrics?.DatabaseUnavailable(Provider.Name);
            throw new StorageUnavailableException($"Could not open the database ({Description}): {exception.Message}", exception);
        }
    }

    /// <summary>Runs <paramref name="work"/> on an open connection, translating the engine's errors.</summary>
    internal async Task<T> RunAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            return await work(connection);
        }
        catch (Exception exception) when (Translate(exception, cancellationToken) is { } translated)
        {
            if (translated is StorageUnavailableException)
                _metrics?.DatabaseUnavailable(Provider.Name);
            throw translated;
        }
    }

    /// <summary>
    /// Asks the database a trivial question (<c>SELECT 1</c>): whether it answers now. Throws
    /// <see cref="StorageUnavailableException"/> when it does not.
    /// </summary>
    public Task PingAsync(CancellationToken cancellationToken) =>
        RunAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT 1";
                return await command.ExecuteScalarAsync(cancellationToken);
            },
            cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a write transaction, committed when it returns.</summary>
    internal Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(
            async connection =>
            {
                // On SQLite this is BEGIN IMMEDIATE: the write lock is taken up front, so two writers queue instead of
                // failing when the first read upgrades to a write.
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var result = await work(connection, transaction);
                await transaction.CommitAsync(cancellationToken);
                return result;
            },
            cancellationToken);

    /// <summary>A Dapper command that honours cancellation.</summary>
    internal static CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken, DbTransaction? transaction = null) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);

    private Exception? Translate(Exception exception, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested || exception is StorageUnavailableException or StorageConflictException)
        {
            return null;
        }

        if (exception is DbException db)
        {
            if (Provider.ClassifyConflict(db) is { } conflict)
            {
                return new StorageConflictException(conflict, db.Message, db);
            }

            if (Provider.IsTransient(db))
            {
                return new StorageUnavailableException($"The database ({Description}) failed mid-call: {db.Message}", db);
            }

            return null;
        }

        return exception is SocketException or IOException or TimeoutException
            ? new StorageUnavailableException($"The database ({Description}) failed mid-call: {exception.Message}", exception)
            : null;
    }
}
