namespace SingKing.Storage;

/// <summary>Which database holds the singers' progress (configuration section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Storage";

    /// <summary>
    /// <c>sqlite</c> (the default: an embedded file, no server) or <c>mysql</c> (MySQL or MariaDB through
    /// MySqlConnector).
    /// </summary>
    public string Provider { get; set; } = StorageProviderNames.Sqlite;

    /// <summary>
    /// The ADO.NET connection string. For SQLite it may be left empty: the database is then the file
    /// <c>singking.db</c> in the app's data folder (<c>SingKing:DataPath</c>, by default <c>data</c>).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// How long a starting host waits for another host that is migrating the same MariaDB database, in seconds.
    /// </summary>
    public int MigrationLockTimeoutSeconds { get; set; } = 60;
}
